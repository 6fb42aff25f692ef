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
            f_approve = None
            f_signal = None
            f_sleep = None
        else:
            f_approve = base.approve
            f_signal = base.signal
            f_sleep = base.sleep
        g_condition = None
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
                        f_approve = None
                    else:
                        if g_condition is not None: _two_oneof('condition', g_condition, k)
                        g_condition = k
                        f_approve = load_approve(v, depth, f_approve)
                        f_signal = None
                        f_sleep = None
                elif i == 1:
                    if v is None:
                        f_signal = None
                    else:
                        if g_condition is not None: _two_oneof('condition', g_condition, k)
                        g_condition = k
                        f_signal = load_signal(v, depth, f_signal)
                        f_approve = None
                        f_sleep = None
                elif i == 2:
                    if v is None:
                        f_sleep = None
                    else:
                        if g_condition is not None: _two_oneof('condition', g_condition, k)
                        g_condition = k
                        f_sleep = load_sleep(v, depth, f_sleep)
                        f_approve = None
                        f_signal = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'approve': f_approve, 'signal': f_signal, 'sleep': f_sleep})
        return obj
