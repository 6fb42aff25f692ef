# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        field = ''
        v = None
        try:
            field = 'key'
            v = m.key
            if v:
                b = v.encode()
                n = len(b)
                out += T_key
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'direction'
            v = m.direction
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: _bad_int(v, 'enum')
                out += T_direction
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: _check_int(v)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
