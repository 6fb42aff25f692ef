# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        out = {}
        v = m.duration
        try:
            if v is not None:
                x = dump_duration(v)
                out['duration'] = x
        except JSONError as exc:
            exc._enter('.duration')
            raise
        return out
