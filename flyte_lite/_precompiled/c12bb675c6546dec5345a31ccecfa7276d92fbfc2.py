# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['artifact_key']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_key: v = _want_message(v, C_artifact_key)
                x = dump_artifact_key(v)
                out['artifactKey'] = x
        except JSONError as exc:
            exc._enter('.artifactKey')
            raise
        v = a['value']
        try:
            if v is not None:
                if v.__class__ is not C_value: v = _want_message(v, C_value)
                x = dump_value(v)
                out['value'] = x
        except JSONError as exc:
            exc._enter('.value')
            raise
        return out
