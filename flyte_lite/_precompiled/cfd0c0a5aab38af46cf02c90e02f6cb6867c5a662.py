# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'uri'
            v = m.uri
            if v:
                b = v.encode()
                n = len(b)
                out += T_uri
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'type'
            v = m.type
            if v is not None:
                if v.__class__ is not C_type and not isinstance(v, C_type):
                    raise TypeError
                b = enc_type(v, deterministic)
                n = len(b)
                out += T_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
