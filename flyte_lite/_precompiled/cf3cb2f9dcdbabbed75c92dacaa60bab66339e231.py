# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['uri']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['uri'] = x
        except JSONError as exc:
            exc._enter('.uri')
            raise
        v = a['size_bytes']
        try:
            if v.__class__ is not int: v = _want_int(v, 'uint64')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'uint64')
                if not 0 <= x <= 18446744073709551615: _out_of_range(x, 'uint64')
                x = str(x)
                out['sizeBytes'] = x
        except JSONError as exc:
            exc._enter('.sizeBytes')
            raise
        v = a['inferred_type']
        try:
            if v is not None:
                if v.__class__ is not C_inferred_type: v = _want_message(v, C_inferred_type)
                x = dump_inferred_type(v)
                out['inferredType'] = x
        except JSONError as exc:
            exc._enter('.inferredType')
            raise
        return out
