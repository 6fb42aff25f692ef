# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'id'
            v = m.id
            if v is not None:
                if v.__class__ is not C_id and not isinstance(v, C_id):
                    raise TypeError
                b = enc_id(v, deterministic)
                n = len(b)
                out += T_id
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'closure'
            v = m.closure
            if v is not None:
                if v.__class__ is not C_closure and not isinstance(v, C_closure):
                    raise TypeError
                b = enc_closure(v, deterministic)
                n = len(b)
                out += T_closure
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'short_description'
            v = m.short_description
            if v:
                b = v.encode()
                n = len(b)
                out += T_short_description
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
