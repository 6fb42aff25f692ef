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
        v = a['spec']
        try:
            if v is not None:
                if v.__class__ is not C_spec: v = _want_message(v, C_spec)
                x = dump_spec(v)
                out['spec'] = x
        except JSONError as exc:
            exc._enter('.spec')
            raise
        return out
