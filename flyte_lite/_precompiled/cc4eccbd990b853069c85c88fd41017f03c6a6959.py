# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['type']
        try:
            if v:
                if v.__class__ is not E_type and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_type.get(v)
                if x is None: x = _enum_unknown(v)
                out['type'] = x
            else:
                if v.__class__ is not E_type and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.type')
            raise
        v = a['version']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['version'] = x
        except JSONError as exc:
            exc._enter('.version')
            raise
        v = a['flavor']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['flavor'] = x
        except JSONError as exc:
            exc._enter('.flavor')
            raise
        return out
