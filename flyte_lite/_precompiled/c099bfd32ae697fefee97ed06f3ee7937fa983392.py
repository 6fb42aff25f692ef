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
            f_value = 0
            f_unit = D_unit
        else:
            f_value = base.value
            f_unit = base.unit
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
                        f_value = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not 0 <= v <= 4294967295: _int_range_in(v, 'uint32')
                        f_value = v
                elif i == 1:
                    if v is None:
                        f_unit = D_unit
                    else:
                        n = BN_unit.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_unit, BV_unit, EN_unit, EXACT)
                        f_unit = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'value': f_value, 'unit': f_unit})
        return obj
