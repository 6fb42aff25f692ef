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
            f_name = ''
            f_type = D_type
        else:
            f_name = base.name
            f_type = base.type
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
                        f_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_name = v
                elif i == 1:
                    if v is None:
                        f_type = D_type
                    else:
                        n = BN_type.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_type, BV_type, EN_type, EXACT)
                        f_type = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'name': f_name, 'type': f_type})
        return obj
