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
            f_static_value = None
            f_time_value = None
            f_triggered_binding = None
            f_input_binding = None
            f_runtime_binding = None
        else:
            f_static_value = base.static_value
            f_time_value = base.time_value
            f_triggered_binding = base.triggered_binding
            f_input_binding = base.input_binding
            f_runtime_binding = base.runtime_binding
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
                        f_static_value = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_static_value = v
                        f_time_value = None
                        f_triggered_binding = None
                        f_input_binding = None
                        f_runtime_binding = None
                elif i == 1:
                    if v is None:
                        f_time_value = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_time_value = load_time_value(v, depth, f_time_value)
                        f_static_value = None
                        f_triggered_binding = None
                        f_input_binding = None
                        f_runtime_binding = None
                elif i == 2:
                    if v is None:
                        f_triggered_binding = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_triggered_binding = load_triggered_binding(v, depth, f_triggered_binding)
                        f_static_value = None
                        f_time_value = None
                        f_input_binding = None
                        f_runtime_binding = None
                elif i == 3:
                    if v is None:
                        f_input_binding = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_input_binding = load_input_binding(v, depth, f_input_binding)
                        f_static_value = None
                        f_time_value = None
                        f_triggered_binding = None
                        f_runtime_binding = None
                elif i == 4:
                    if v is None:
                        f_runtime_binding = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_runtime_binding = load_runtime_binding(v, depth, f_runtime_binding)
                        f_static_value = None
                        f_time_value = None
                        f_triggered_binding = None
                        f_input_binding = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'static_value': f_static_value, 'time_value': f_time_value, 'triggered_binding': f_triggered_binding, 'input_binding': f_input_binding, 'runtime_binding': f_runtime_binding})
        return obj
