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
            f_operator = D_operator
            f_left_value = None
            f_right_value = None
        else:
            f_operator = base.operator
            f_left_value = base.left_value
            f_right_value = base.right_value
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
                        f_operator = D_operator
                    else:
                        n = BN_operator.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_operator, BV_operator, EN_operator, EXACT)
                        f_operator = n
                elif i == 1:
                    if v is None:
                        f_left_value = None
                    else:
                        f_left_value = load_left_value(v, depth, f_left_value)
                elif i == 2:
                    if v is None:
                        f_right_value = None
                    else:
                        f_right_value = load_right_value(v, depth, f_right_value)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'operator': f_operator, 'left_value': f_left_value, 'right_value': f_right_value})
        return obj
