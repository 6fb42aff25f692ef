# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['targetType']
        try:
            if v is not None:
                if v.__class__ is not C_targetType: v = _want_message(v, C_targetType)
                x = dump_targetType(v)
                out['targetType'] = x
        except JSONError as exc:
            exc._enter('.targetType')
            raise
        return out
