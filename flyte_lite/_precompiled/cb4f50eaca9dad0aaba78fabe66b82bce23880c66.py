# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['iam_role']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['iamRole'] = x
        except JSONError as exc:
            exc._enter('.iamRole')
            raise
        v = a['k8s_service_account']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['k8sServiceAccount'] = x
        except JSONError as exc:
            exc._enter('.k8sServiceAccount')
            raise
        v = a['oauth2_client']
        try:
            if v is not None:
                if v.__class__ is not C_oauth2_client: v = _want_message(v, C_oauth2_client)
                x = dump_oauth2_client(v)
                out['oauth2Client'] = x
        except JSONError as exc:
            exc._enter('.oauth2Client')
            raise
        v = a['execution_identity']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['executionIdentity'] = x
        except JSONError as exc:
            exc._enter('.executionIdentity')
            raise
        return out
