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
            f_assumable_iam_role = ''
            f_kubernetes_service_account = ''
        else:
            f_assumable_iam_role = base.assumable_iam_role
            f_kubernetes_service_account = base.kubernetes_service_account
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
                        f_assumable_iam_role = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_assumable_iam_role = v
                elif i == 1:
                    if v is None:
                        f_kubernetes_service_account = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_kubernetes_service_account = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'assumable_iam_role': f_assumable_iam_role, 'kubernetes_service_account': f_kubernetes_service_account})
        return obj
