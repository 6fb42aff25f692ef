# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = a['type']
        try:
            if v:
                if v.__class__ is not E_type and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_type.get(v)
                if x is None: x = _enum_unknown(v)
                out['type'] = x
            else:
                if v.__class__ is not E_type and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.type')
            raise
        v = a['client']
        try:
            if v is not None:
                if v.__class__ is not C_client: v = _want_message(v, C_client)
                x = dump_client(v)
                out['client'] = x
        except JSONError as exc:
            exc._enter('.client')
            raise
        v = a['idp_discovery_endpoint']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['idpDiscoveryEndpoint'] = x
        except JSONError as exc:
            exc._enter('.idpDiscoveryEndpoint')
            raise
        v = a['token_endpoint']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['tokenEndpoint'] = x
        except JSONError as exc:
            exc._enter('.tokenEndpoint')
            raise
        return out
