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
            f_reference_id = None
            f_overrides = None
        else:
            f_reference_id = base.reference_id
            f_overrides = base.overrides
        g_reference = None
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
                        f_reference_id = None
                    else:
                        if g_reference is not None: _two_oneof('reference', g_reference, k)
                        g_reference = k
                        f_reference_id = load_reference_id(v, depth, f_reference_id)
                elif i == 1:
                    if v is None:
                        f_overrides = None
                    else:
                        f_overrides = load_overrides(v, depth, f_overrides)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'reference_id': f_reference_id, 'overrides': f_overrides})
        return obj
