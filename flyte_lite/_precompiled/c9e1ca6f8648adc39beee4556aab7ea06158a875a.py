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
            f_value = EMPTY_DICT
        else:
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
                        f_value = EMPTY_DICT
                    else:
                        if v.__class__ is not dict: v = _map_in(v)
                        d = FD()
                        for kk, e in v.items():
                            try:
                                if kk.__class__ is not str: kk = _str_in(kk)
                                key = kk
                                x = load_value_v(e, depth, None)
                                _set_item(d, key, x)
                            except JSONError as exc:
                                exc._enter(_key_segment(kk))
                                raise
                        f_value = d
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'value': f_value})
        return obj
