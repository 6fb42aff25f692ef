# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'artifact_key'
            v = m.artifact_key
            if v is not None:
                if v.__class__ is not C_artifact_key and not isinstance(v, C_artifact_key):
                    raise TypeError
                b = enc_artifact_key(v, deterministic)
                n = len(b)
                out += T_artifact_key
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'value'
            v = m.value
            if v is not None:
                if v.__class__ is not C_value and not isinstance(v, C_value):
                    raise TypeError
                b = enc_value(v, deterministic)
                n = len(b)
                out += T_value
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
