# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['client_id']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['clientId'] = x
        except JSONError as exc:
            exc._enter('.clientId')
            raise
        v = a['client_secret']
        try:
            if v is not None:
                if v.__class__ is not C_client_secret: v = _want_message(v, C_client_secret)
                x = dump_client_secret(v)
                out['clientSecret'] = x
        except JSONError as exc:
            exc._enter('.clientSecret')
            raise
        return out
