# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['uri']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['uri'] = x
        except JSONError as exc:
            exc._enter('.uri')
            raise
        v = a['type']
        try:
            if v is not None:
                if v.__class__ is not C_type: v = _want_message(v, C_type)
                x = dump_type(v)
                out['type'] = x
        except JSONError as exc:
            exc._enter('.type')
            raise
        return out
