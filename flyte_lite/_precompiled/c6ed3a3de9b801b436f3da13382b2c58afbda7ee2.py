# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['value']
        try:
            if v is not None:
                if v.__class__ is not C_value: v = _want_message(v, C_value)
                x = dump_value(v)
                out['value'] = x
        except JSONError as exc:
            exc._enter('.value')
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
