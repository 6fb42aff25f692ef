# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'operator'
            v = a['operator']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_operator
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'enum')
            field = 'left_value'
            v = a['left_value']
            if v is not None:
                if v.__class__ is not C_left_value and not isinstance(v, C_left_value):
                    raise TypeError
                out += T_left_value
                at = len(out)
                out.append(0)
                enc_left_value(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'right_value'
            v = a['right_value']
            if v is not None:
                if v.__class__ is not C_right_value and not isinstance(v, C_right_value):
                    raise TypeError
                out += T_right_value
                at = len(out)
                out.append(0)
                enc_right_value(v, out, deterministic)
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
