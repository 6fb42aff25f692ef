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
            f_type = D_type
            f_version = ''
            f_flavor = ''
        else:
            f_type = base.type
            f_version = base.version
            f_flavor = base.flavor
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
                        f_type = D_type
                    else:
                        n = BN_type.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_type, BV_type, EN_type, EXACT)
                        f_type = n
                elif i == 1:
                    if v is None:
                        f_version = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_version = v
                elif i == 2:
                    if v is None:
                        f_flavor = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_flavor = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'type': f_type, 'version': f_version, 'flavor': f_flavor})
        return obj
