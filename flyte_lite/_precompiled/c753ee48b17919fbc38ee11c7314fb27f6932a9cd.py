# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['if_else']
        try:
            if v is not None:
                if v.__class__ is not C_if_else: v = _want_message(v, C_if_else)
                x = dump_if_else(v)
                out['ifElse'] = x
        except JSONError as exc:
            exc._enter('.ifElse')
            raise
        return out
