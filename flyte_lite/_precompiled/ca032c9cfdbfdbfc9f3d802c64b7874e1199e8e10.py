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
            f_conjunction = None
            f_comparison = None
        else:
            f_conjunction = base.conjunction
            f_comparison = base.comparison
        g_expr = None
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
                        f_conjunction = None
                    else:
                        if g_expr is not None: _two_oneof('expr', g_expr, k)
                        g_expr = k
                        f_conjunction = load_conjunction(v, depth, f_conjunction)
                        f_comparison = None
                elif i == 1:
                    if v is None:
                        f_comparison = None
                    else:
                        if g_expr is not None: _two_oneof('expr', g_expr, k)
                        g_expr = k
                        f_comparison = load_comparison(v, depth, f_comparison)
                        f_conjunction = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'conjunction': f_conjunction, 'comparison': f_comparison})
        return obj
