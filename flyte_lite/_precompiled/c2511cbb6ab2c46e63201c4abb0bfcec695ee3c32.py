# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = a['literal_type']
        try:
            if v is not None:
                if v.__class__ is not C_literal_type: v = _want_message(v, C_literal_type)
                x = dump_literal_type(v)
                out['literalType'] = x
        except JSONError as exc:
            exc._enter('.literalType')
            raise
        return out
