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
        v = a['closure']
        try:
            if v is not None:
                if v.__class__ is not C_closure: v = _want_message(v, C_closure)
                x = dump_closure(v)
                out['closure'] = x
        except JSONError as exc:
            exc._enter('.closure')
            raise
        v = a['short_description']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['shortDescription'] = x
        except JSONError as exc:
            exc._enter('.shortDescription')
            raise
        return out
