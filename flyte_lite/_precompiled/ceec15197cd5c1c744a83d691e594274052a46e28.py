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
            f_string_value = None
            f_int_value = None
        else:
            f_string_value = base.string_value
            f_int_value = base.int_value
        g_value = None
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
                        f_string_value = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_string_value = v
                        f_int_value = None
                elif i == 1:
                    if v is None:
                        f_int_value = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not -2147483648 <= v <= 2147483647: _int_range_in(v, 'int32')
                        f_int_value = v
                        f_string_value = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'string_value': f_string_value, 'int_value': f_int_value})
        return obj
