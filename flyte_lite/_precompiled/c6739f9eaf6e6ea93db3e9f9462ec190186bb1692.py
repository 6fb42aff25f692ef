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
            f_transform = ''
            f_op = D_op
        else:
            f_transform = base.transform
            f_op = base.op
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
                        f_transform = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_transform = v
                elif i == 1:
                    if v is None:
                        f_op = D_op
                    else:
                        n = BN_op.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_op, BV_op, EN_op, EXACT)
                        f_op = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'transform': f_transform, 'op': f_op})
        return obj
