# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['assumable_iam_role']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['assumableIamRole'] = x
        except JSONError as exc:
            exc._enter('.assumableIamRole')
            raise
        v = a['kubernetes_service_account']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['kubernetesServiceAccount'] = x
        except JSONError as exc:
            exc._enter('.kubernetesServiceAccount')
            raise
        return out
