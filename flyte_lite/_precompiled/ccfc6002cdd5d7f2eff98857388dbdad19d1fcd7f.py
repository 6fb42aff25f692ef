# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_uri = ''
            f_size_bytes = 0
            f_inferred_type = None
        else:
            f_uri = base.uri
            f_size_bytes = base.size_bytes
            f_inferred_type = base.inferred_type
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_uri = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_uri = v
                elif i == 1:
                    if v is None:
                        f_size_bytes = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not 0 <= v <= 18446744073709551615: _int_range_in(v, 'uint64')
                        f_size_bytes = v
                elif i == 2:
                    if v is None:
                        f_inferred_type = None
                    else:
                        f_inferred_type = load_inferred_type(v, depth, f_inferred_type)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'uri': f_uri, 'size_bytes': f_size_bytes, 'inferred_type': f_inferred_type})
        return obj
