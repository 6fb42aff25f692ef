# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(v):
        if isinstance(v, C): v = v.value
        x = v if v.__class__ is bool else _want_bool(v)
        return x
