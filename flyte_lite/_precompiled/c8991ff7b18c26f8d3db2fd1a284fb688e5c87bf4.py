# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_val = 0
            field = 'primitive'
            v = a['primitive']
            if v is not None:
                set_val += 1
                if v.__class__ is not C_primitive and not isinstance(v, C_primitive):
                    raise TypeError
                out += T_primitive
                at = len(out)
                out.append(0)
                enc_primitive(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'var'
            v = a['var']
            if v is not None:
                set_val += 1
                b = v.encode()
                n = len(b)
                out += T_var
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'scalar'
            v = a['scalar']
            if v is not None:
                set_val += 1
                if v.__class__ is not C_scalar and not isinstance(v, C_scalar):
                    raise TypeError
                out += T_scalar
                at = len(out)
                out.append(0)
                enc_scalar(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_val > 1:
                _two_members('val', [n for n in ('primitive', 'var', 'scalar',) if getattr(m, n) is not None])
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
