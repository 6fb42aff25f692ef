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
            f_value = None
            f_granularity = D_granularity
        else:
            f_value = base.value
            f_granularity = base.granularity
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
                        f_value = None
                    else:
                        f_value = load_value(v, depth, f_value)
                elif i == 1:
                    if v is None:
                        f_granularity = D_granularity
                    else:
                        n = BN_granularity.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_granularity, BV_granularity, EN_granularity, EXACT)
                        f_granularity = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'value': f_value, 'granularity': f_granularity})
        return obj
