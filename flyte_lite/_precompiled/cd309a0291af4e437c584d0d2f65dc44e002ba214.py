# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'type'
            v = a['type']
            if v is not None:
                if v.__class__ is not C_type and not isinstance(v, C_type):
                    raise TypeError
                out += T_type
                at = len(out)
                out.append(0)
                enc_type(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'description'
            v = a['description']
            if v:
                b = v.encode()
                n = len(b)
                out += T_description
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'artifact_partial_id'
            v = a['artifact_partial_id']
            if v is not None:
                if v.__class__ is not C_artifact_partial_id and not isinstance(v, C_artifact_partial_id):
                    raise TypeError
                out += T_artifact_partial_id
                at = len(out)
                out.append(0)
                enc_artifact_partial_id(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'artifact_tag'
            v = a['artifact_tag']
            if v is not None:
                if v.__class__ is not C_artifact_tag and not isinstance(v, C_artifact_tag):
                    raise TypeError
                out += T_artifact_tag
                at = len(out)
                out.append(0)
                enc_artifact_tag(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
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
