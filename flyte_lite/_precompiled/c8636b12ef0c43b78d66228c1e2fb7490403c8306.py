# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
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
            field = 'description'
            v = m.description
            if v:
                b = v.encode()
                n = len(b)
                out += T_description
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'artifact_partial_id'
            v = m.artifact_partial_id
            if v is not None:
                if v.__class__ is not C_artifact_partial_id and not isinstance(v, C_artifact_partial_id):
                    raise TypeError
                b = enc_artifact_partial_id(v, deterministic)
                n = len(b)
                out += T_artifact_partial_id
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'artifact_tag'
            v = m.artifact_tag
            if v is not None:
                if v.__class__ is not C_artifact_tag and not isinstance(v, C_artifact_tag):
                    raise TypeError
                b = enc_artifact_tag(v, deterministic)
                n = len(b)
                out += T_artifact_tag
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
