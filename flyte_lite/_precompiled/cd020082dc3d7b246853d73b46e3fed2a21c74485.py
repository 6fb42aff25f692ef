# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_expr = 0
            field = 'conjunction'
            v = a['conjunction']
            if v is not None:
                set_expr += 1
                if v.__class__ is not C_conjunction and not isinstance(v, C_conjunction):
                    raise TypeError
                out += T_conjunction
                at = len(out)
                out.append(0)
                enc_conjunction(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'comparison'
            v = a['comparison']
            if v is not None:
                set_expr += 1
                if v.__class__ is not C_comparison and not isinstance(v, C_comparison):
                    raise TypeError
                out += T_comparison
                at = len(out)
                out.append(0)
                enc_comparison(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_expr > 1:
                _two_members('expr', [n for n in ('conjunction', 'comparison',) if getattr(m, n) is not None])
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
