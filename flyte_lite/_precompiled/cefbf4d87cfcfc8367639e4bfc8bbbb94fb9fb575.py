# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        out = {}
        v = m.annotations
        try:
            if v is not None:
                x = dump_annotations(v)
                out['annotations'] = x
        except JSONError as exc:
            exc._enter('.annotations')
            raise
        return out
