# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['duration']
        try:
            if v is not None:
                x = dump_duration(v)
                out['duration'] = x
        except JSONError as exc:
            exc._enter('.duration')
            raise
        return out
