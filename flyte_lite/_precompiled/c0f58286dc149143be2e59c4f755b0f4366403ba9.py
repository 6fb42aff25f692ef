# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'targetType'
            v = a['targetType']
            if v is not None:
                if v.__class__ is not C_targetType and not isinstance(v, C_targetType):
                    raise TypeError
                out += T_targetType
                at = len(out)
                out.append(0)
                enc_targetType(v, out, deterministic)
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
