# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['container_port']
        try:
            if v.__class__ is not int: v = _want_int(v, 'uint32')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'uint32')
                if not 0 <= x <= 4294967295: _out_of_range(x, 'uint32')
                out['containerPort'] = x
        except JSONError as exc:
            exc._enter('.containerPort')
            raise
        v = a['name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        return out
