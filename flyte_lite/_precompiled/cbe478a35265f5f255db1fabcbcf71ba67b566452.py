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
            f_integer = None
            f_float_value = None
            f_string_value = None
            f_boolean = None
            f_datetime = None
            f_duration = None
        else:
            f_integer = base.integer
            f_float_value = base.float_value
            f_string_value = base.string_value
            f_boolean = base.boolean
            f_datetime = base.datetime
            f_duration = base.duration
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
                        f_integer = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not -9223372036854775808 <= v <= 9223372036854775807: _int_range_in(v, 'int64')
                        f_integer = v
                        f_float_value = None
                        f_string_value = None
                        f_boolean = None
                        f_datetime = None
                        f_duration = None
                elif i == 1:
                    if v is None:
                        f_float_value = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_float_value = _float_in(v, False)
                        f_integer = None
                        f_string_value = None
                        f_boolean = None
                        f_datetime = None
                        f_duration = None
                elif i == 2:
                    if v is None:
                        f_string_value = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        if v.__class__ is not str: v = _str_in(v)
                        f_string_value = v
                        f_integer = None
                        f_float_value = None
                        f_boolean = None
                        f_datetime = None
                        f_duration = None
                elif i == 3:
                    if v is None:
                        f_boolean = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_boolean = v
                        f_integer = None
                        f_float_value = None
                        f_string_value = None
                        f_datetime = None
                        f_duration = None
                elif i == 4:
                    if v is None:
                        f_datetime = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_datetime = load_datetime(v, depth, f_datetime)
                        f_integer = None
                        f_float_value = None
                        f_string_value = None
                        f_boolean = None
                        f_duration = None
                elif i == 5:
                    if v is None:
                        f_duration = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_duration = load_duration(v, depth, f_duration)
                        f_integer = None
                        f_float_value = None
                        f_string_value = None
                        f_boolean = None
                        f_datetime = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'integer': f_integer, 'float_value': f_float_value, 'string_value': f_string_value, 'boolean': f_boolean, 'datetime': f_datetime, 'duration': f_duration})
        return obj
