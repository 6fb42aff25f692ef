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
            f_state = D_state
            f_expected_inputs = None
            f_expected_outputs = None
            f_created_at = None
            f_updated_at = None
        else:
            f_state = base.state
            f_expected_inputs = base.expected_inputs
            f_expected_outputs = base.expected_outputs
            f_created_at = base.created_at
            f_updated_at = base.updated_at
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
                        f_state = D_state
                    else:
                        n = BN_state.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_state, BV_state, EN_state, EXACT)
                        f_state = n
                elif i == 1:
                    if v is None:
                        f_expected_inputs = None
                    else:
                        f_expected_inputs = load_expected_inputs(v, depth, f_expected_inputs)
                elif i == 2:
                    if v is None:
                        f_expected_outputs = None
                    else:
                        f_expected_outputs = load_expected_outputs(v, depth, f_expected_outputs)
                elif i == 3:
                    if v is None:
                        f_created_at = None
                    else:
                        f_created_at = load_created_at(v, depth, f_created_at)
                elif i == 4:
                    if v is None:
                        f_updated_at = None
                    else:
                        f_updated_at = load_updated_at(v, depth, f_updated_at)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'state': f_state, 'expected_inputs': f_expected_inputs, 'expected_outputs': f_expected_outputs, 'created_at': f_created_at, 'updated_at': f_updated_at})
        return obj
