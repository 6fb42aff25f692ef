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
            f_max = 0
            f_behavior = D_behavior
        else:
            f_max = base.max
            f_behavior = base.behavior
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
                        f_max = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not -2147483648 <= v <= 2147483647: _int_range_in(v, 'int32')
                        f_max = v
                elif i == 1:
                    if v is None:
                        f_behavior = D_behavior
                    else:
                        n = BN_behavior.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_behavior, BV_behavior, EN_behavior, EXACT)
                        f_behavior = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'max': f_max, 'behavior': f_behavior})
        return obj
