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
            f_id = None
            f_state = D_state
        else:
            f_id = base.id
            f_state = base.state
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
                        f_id = None
                    else:
                        f_id = load_id(v, depth, f_id)
                elif i == 1:
                    if v is None:
                        f_state = D_state
                    else:
                        n = BN_state.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_state, BV_state, EN_state, EXACT)
                        f_state = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'state': f_state})
        return obj
