# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            set_reference = 0
            field = 'reference_id'
            v = m.reference_id
            if v is not None:
                set_reference += 1
                if v.__class__ is not C_reference_id and not isinstance(v, C_reference_id):
                    raise TypeError
                b = enc_reference_id(v, deterministic)
                n = len(b)
                out += T_reference_id
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'overrides'
            v = m.overrides
            if v is not None:
                if v.__class__ is not C_overrides and not isinstance(v, C_overrides):
                    raise TypeError
                b = enc_overrides(v, deterministic)
                n = len(b)
                out += T_overrides
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_reference > 1:
                _two_members('reference', [n for n in ('reference_id',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
