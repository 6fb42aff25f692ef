# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_identifier = 0
            field = 'artifact_id'
            v = a['artifact_id']
            if v is not None:
                set_identifier += 1
                if v.__class__ is not C_artifact_id and not isinstance(v, C_artifact_id):
                    raise TypeError
                out += T_artifact_id
                at = len(out)
                out.append(0)
                enc_artifact_id(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'artifact_tag'
            v = a['artifact_tag']
            if v is not None:
                set_identifier += 1
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
            field = 'uri'
            v = a['uri']
            if v is not None:
                set_identifier += 1
                b = v.encode()
                n = len(b)
                out += T_uri
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'binding'
            v = a['binding']
            if v is not None:
                set_identifier += 1
                if v.__class__ is not C_binding and not isinstance(v, C_binding):
                    raise TypeError
                out += T_binding
                at = len(out)
                out.append(0)
                enc_binding(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_identifier > 1:
                _two_members('identifier', [n for n in ('artifact_id', 'artifact_tag', 'uri', 'binding',) if getattr(m, n) is not None])
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
