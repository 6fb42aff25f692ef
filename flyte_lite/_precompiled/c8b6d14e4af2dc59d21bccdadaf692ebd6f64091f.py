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
            f_client = None
            f_idp_discovery_endpoint = ''
            f_token_endpoint = ''
        else:
            f_name = base.name
            f_type = base.type
            f_client = base.client
            f_idp_discovery_endpoint = base.idp_discovery_endpoint
            f_token_endpoint = base.token_endpoint
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
                        f_name = v
                elif i == 1:
                    if v is None:
                        f_type = D_type
                    else:
                        n = BN_type.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_type, BV_type, EN_type, EXACT)
                        f_type = n
                elif i == 2:
                    if v is None:
                        f_client = None
                    else:
                        f_client = load_client(v, depth, f_client)
                elif i == 3:
                    if v is None:
                        f_idp_discovery_endpoint = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_idp_discovery_endpoint = v
                elif i == 4:
                    if v is None:
                        f_token_endpoint = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_token_endpoint = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'name': f_name, 'type': f_type, 'client': f_client, 'idp_discovery_endpoint': f_idp_discovery_endpoint, 'token_endpoint': f_token_endpoint})
        return obj
