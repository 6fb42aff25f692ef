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
        v = a['alias']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['alias'] = x
        except JSONError as exc:
            exc._enter('.alias')
            raise
        return out
