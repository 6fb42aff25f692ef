# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'var'
            v = m.var
            if v:
                b = v.encode()
                n = len(b)
                out += T_var
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'binding'
            v = m.binding
            if v is not None:
                if v.__class__ is not C_binding and not isinstance(v, C_binding):
                    raise TypeError
                b = enc_binding(v, deterministic)
                n = len(b)
                out += T_binding
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
