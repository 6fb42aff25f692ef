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
            f_key = ''
            f_direction = D_direction
        else:
            f_key = base.key
            f_direction = base.direction
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
                        f_key = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_key = v
                elif i == 1:
                    if v is None:
                        f_direction = D_direction
                    else:
                        n = BN_direction.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_direction, BV_direction, EN_direction, EXACT)
                        f_direction = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'key': f_key, 'direction': f_direction})
        return obj
