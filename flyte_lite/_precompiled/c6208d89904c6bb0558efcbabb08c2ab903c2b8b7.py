# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'operator'
            v = m.operator
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: _bad_int(v, 'enum')
                out += T_operator
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: _check_int(v)
            field = 'left_value'
            v = m.left_value
            if v is not None:
                if v.__class__ is not C_left_value and not isinstance(v, C_left_value):
                    raise TypeError
                b = enc_left_value(v, deterministic)
                n = len(b)
                out += T_left_value
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'right_value'
            v = m.right_value
            if v is not None:
                if v.__class__ is not C_right_value and not isinstance(v, C_right_value):
                    raise TypeError
                b = enc_right_value(v, deterministic)
                n = len(b)
                out += T_right_value
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
