# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_designation = 0
            field = 'tier'
            v = a['tier']
            if v is not None:
                set_designation += 1
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_tier
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            field = 'spec'
            v = a['spec']
            if v is not None:
                set_designation += 1
                if v.__class__ is not C_spec and not isinstance(v, C_spec):
                    raise TypeError
                out += T_spec
                at = len(out)
                out.append(0)
                enc_spec(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_designation > 1:
                _two_members('designation', [n for n in ('tier', 'spec',) if getattr(m, n) is not None])
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
