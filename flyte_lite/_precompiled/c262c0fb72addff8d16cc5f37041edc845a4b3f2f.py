# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        out = {}
        v = m.value
        try:
            if v.__class__ is not int: v = _want_int(v)
            if v:
                x = v if v.__class__ is int else _want_int(v)
                if not 0 <= x <= 4294967295: _out_of_range(x, 'uint32')
                out['value'] = x
        except JSONError as exc:
            exc._enter('.value')
            raise
        v = m.unit
        try:
            if v:
                if v.__class__ is not E_unit and v.__class__ is not int: v = _want_int(v)
                x = N_unit.get(v)
                if x is None: x = _enum_unknown(v)
                out['unit'] = x
            else:
                if v.__class__ is not E_unit and v.__class__ is not int: _want_int(v)
        except JSONError as exc:
            exc._enter('.unit')
            raise
        return out
