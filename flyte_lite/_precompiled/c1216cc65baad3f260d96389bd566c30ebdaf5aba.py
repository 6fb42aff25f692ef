# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_reference = 0
            field = 'reference_id'
            v = a['reference_id']
            if v is not None:
                set_reference += 1
                if v.__class__ is not C_reference_id and not isinstance(v, C_reference_id):
                    raise TypeError
                out += T_reference_id
                at = len(out)
                out.append(0)
                enc_reference_id(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'overrides'
            v = a['overrides']
            if v is not None:
                if v.__class__ is not C_overrides and not isinstance(v, C_overrides):
                    raise TypeError
                out += T_overrides
                at = len(out)
                out.append(0)
                enc_overrides(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_reference > 1:
                _two_members('reference', [n for n in ('reference_id',) if getattr(m, n) is not None])
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
