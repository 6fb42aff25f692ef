# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['value']
        try:
            if v.__class__ is not bytes: v = _want_bytes(v)
            if v:
                x = _bytes_json(v)
                out['value'] = x
        except JSONError as exc:
            exc._enter('.value')
            raise
        v = a['tag']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['tag'] = x
        except JSONError as exc:
            exc._enter('.tag')
            raise
        return out
