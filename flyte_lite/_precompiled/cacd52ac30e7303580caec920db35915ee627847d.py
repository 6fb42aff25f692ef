# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['output_location_prefix']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['outputLocationPrefix'] = x
        except JSONError as exc:
            exc._enter('.outputLocationPrefix')
            raise
        return out
