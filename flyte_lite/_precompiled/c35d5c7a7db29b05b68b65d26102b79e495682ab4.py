# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'template'
            v = m.template
            if v is not None:
                if v.__class__ is not C_template and not isinstance(v, C_template):
                    raise TypeError
                b = enc_template(v, deterministic)
                n = len(b)
                out += T_template
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'description'
            v = m.description
            if v is not None:
                if v.__class__ is not C_description and not isinstance(v, C_description):
                    raise TypeError
                b = enc_description(v, deterministic)
                n = len(b)
                out += T_description
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
