# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['interruptible']
        try:
            if v.__class__ is not bool: v = _want_bool(v)
            if v:
                x = v if v.__class__ is bool else _want_bool(v)
                out['interruptible'] = x
        except JSONError as exc:
            exc._enter('.interruptible')
            raise
        return out
