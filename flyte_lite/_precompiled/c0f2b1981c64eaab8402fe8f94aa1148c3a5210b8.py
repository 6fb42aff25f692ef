# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['schedule']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['schedule'] = x
        except JSONError as exc:
            exc._enter('.schedule')
            raise
        v = a['offset']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['offset'] = x
        except JSONError as exc:
            exc._enter('.offset')
            raise
        return out
