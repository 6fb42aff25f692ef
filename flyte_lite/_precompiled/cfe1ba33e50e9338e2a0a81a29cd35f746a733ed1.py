# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        out = {}
        v = m.schedule
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['schedule'] = x
        except JSONError as exc:
            exc._enter('.schedule')
            raise
        v = m.offset
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['offset'] = x
        except JSONError as exc:
            exc._enter('.offset')
            raise
        return out
