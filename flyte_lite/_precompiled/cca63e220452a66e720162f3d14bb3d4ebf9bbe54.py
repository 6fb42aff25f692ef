# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'name'
            v = a['name']
            if v:
                b = v.encode()
                n = len(b)
                out += T_name
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'type'
            v = a['type']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_type
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'enum')
            field = 'client'
            v = a['client']
            if v is not None:
                if v.__class__ is not C_client and not isinstance(v, C_client):
                    raise TypeError
                out += T_client
                at = len(out)
                out.append(0)
                enc_client(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'idp_discovery_endpoint'
            v = a['idp_discovery_endpoint']
            if v:
                b = v.encode()
                n = len(b)
                out += T_idp_discovery_endpoint
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'token_endpoint'
            v = a['token_endpoint']
            if v:
                b = v.encode()
                n = len(b)
                out += T_token_endpoint
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        unknown = a['_unknown_fields']
        if unknown:
            if unknown.__class__ is not bytes:
                try:
                    unknown = as_bytes(unknown)
                except TypeError as exc:
                    raise _bad(exc, '_unknown_fields', unknown, 'bytes') from None
            out += unknown
