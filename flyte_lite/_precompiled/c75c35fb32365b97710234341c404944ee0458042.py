# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['var']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['var'] = x
        except JSONError as exc:
            exc._enter('.var')
            raise
        v = a['binding']
        try:
            if v is not None:
                if v.__class__ is not C_binding: v = _want_message(v, C_binding)
                x = dump_binding(v)
                out['binding'] = x
        except JSONError as exc:
            exc._enter('.binding')
            raise
        return out
