# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['max']
        try:
            if v.__class__ is not int: v = _want_int(v, 'int32')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'int32')
                if not -2147483648 <= x <= 2147483647: _out_of_range(x, 'int32')
                out['max'] = x
        except JSONError as exc:
            exc._enter('.max')
            raise
        v = a['behavior']
        try:
            if v:
                if v.__class__ is not E_behavior and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_behavior.get(v)
                if x is None: x = _enum_unknown(v)
                out['behavior'] = x
            else:
                if v.__class__ is not E_behavior and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.behavior')
            raise
        return out
