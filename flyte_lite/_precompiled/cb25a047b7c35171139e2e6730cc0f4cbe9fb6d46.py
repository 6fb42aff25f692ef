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
            f_name = D_name
            f_value = ''
        else:
            f_name = base.name
            f_value = base.value
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
                        f_name = D_name
                    else:
                        n = BN_name.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_name, BV_name, EN_name, EXACT)
                        f_name = n
                elif i == 1:
                    if v is None:
                        f_value = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_value = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'name': f_name, 'value': f_value})
        return obj
