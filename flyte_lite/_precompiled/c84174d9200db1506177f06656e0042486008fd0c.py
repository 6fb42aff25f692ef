# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['value']
        try:
            if v.__class__ is not int: v = _want_int(v, 'uint32')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'uint32')
                if not 0 <= x <= 4294967295: _out_of_range(x, 'uint32')
                out['value'] = x
        except JSONError as exc:
            exc._enter('.value')
            raise
        v = a['unit']
        try:
            if v:
                if v.__class__ is not E_unit and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_unit.get(v)
                if x is None: x = _enum_unknown(v)
                out['unit'] = x
            else:
                if v.__class__ is not E_unit and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.unit')
            raise
        return out
