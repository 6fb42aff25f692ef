# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['annotations']
        try:
            if v is not None:
                x = dump_annotations(v)
                out['annotations'] = x
        except JSONError as exc:
            exc._enter('.annotations')
            raise
        return out
