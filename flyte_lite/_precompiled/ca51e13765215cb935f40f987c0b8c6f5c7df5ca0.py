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
            f_client_id = ''
            f_client_secret = None
        else:
            f_client_id = base.client_id
            f_client_secret = base.client_secret
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
                        f_client_id = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_client_id = v
                elif i == 1:
                    if v is None:
                        f_client_secret = None
                    else:
                        f_client_secret = load_client_secret(v, depth, f_client_secret)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'client_id': f_client_id, 'client_secret': f_client_secret})
        return obj
