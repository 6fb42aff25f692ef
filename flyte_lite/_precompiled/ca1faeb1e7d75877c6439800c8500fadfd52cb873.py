# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['name']
        try:
            if v:
                if v.__class__ is not E_name and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_name.get(v)
                if x is None: x = _enum_unknown(v)
                out['name'] = x
            else:
                if v.__class__ is not E_name and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = a['value']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['value'] = x
        except JSONError as exc:
            exc._enter('.value')
            raise
        return out
