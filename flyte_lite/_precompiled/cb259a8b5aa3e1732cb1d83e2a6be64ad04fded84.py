# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['id']
        try:
            if v is not None:
                if v.__class__ is not C_id: v = _want_message(v, C_id)
                x = dump_id(v)
                out['id'] = x
        except JSONError as exc:
            exc._enter('.id')
            raise
        return out
