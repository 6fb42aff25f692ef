# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'iam_role'
            v = a['iam_role']
            if v:
                b = v.encode()
                n = len(b)
                out += T_iam_role
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'k8s_service_account'
            v = a['k8s_service_account']
            if v:
                b = v.encode()
                n = len(b)
                out += T_k8s_service_account
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'oauth2_client'
            v = a['oauth2_client']
            if v is not None:
                if v.__class__ is not C_oauth2_client and not isinstance(v, C_oauth2_client):
                    raise TypeError
                out += T_oauth2_client
                at = len(out)
                out.append(0)
                enc_oauth2_client(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'execution_identity'
            v = a['execution_identity']
            if v:
                b = v.encode()
                n = len(b)
                out += T_execution_identity
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
