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
            f_primitive = None
            f_var = None
            f_scalar = None
        else:
            f_primitive = base.primitive
            f_var = base.var
            f_scalar = base.scalar
        g_val = None
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
                        f_primitive = None
                    else:
                        if g_val is not None: _two_oneof('val', g_val, k)
                        g_val = k
                        f_primitive = load_primitive(v, depth, f_primitive)
                        f_var = None
                        f_scalar = None
                elif i == 1:
                    if v is None:
                        f_var = None
                    else:
                        if g_val is not None: _two_oneof('val', g_val, k)
                        g_val = k
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_var = v
                        f_primitive = None
                        f_scalar = None
                elif i == 2:
                    if v is None:
                        f_scalar = None
                    else:
                        if g_val is not None: _two_oneof('val', g_val, k)
                        g_val = k
                        f_scalar = load_scalar(v, depth, f_scalar)
                        f_primitive = None
                        f_var = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'primitive': f_primitive, 'var': f_var, 'scalar': f_scalar})
        return obj
