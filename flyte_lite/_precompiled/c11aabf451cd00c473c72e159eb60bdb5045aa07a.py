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
            f_iam_role = ''
            f_k8s_service_account = ''
            f_oauth2_client = None
            f_execution_identity = ''
        else:
            f_iam_role = base.iam_role
            f_k8s_service_account = base.k8s_service_account
            f_oauth2_client = base.oauth2_client
            f_execution_identity = base.execution_identity
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
                        f_iam_role = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_iam_role = v
                elif i == 1:
                    if v is None:
                        f_k8s_service_account = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_k8s_service_account = v
                elif i == 2:
                    if v is None:
                        f_oauth2_client = None
                    else:
                        f_oauth2_client = load_oauth2_client(v, depth, f_oauth2_client)
                elif i == 3:
                    if v is None:
                        f_execution_identity = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_execution_identity = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'iam_role': f_iam_role, 'k8s_service_account': f_k8s_service_account, 'oauth2_client': f_oauth2_client, 'execution_identity': f_execution_identity})
        return obj
