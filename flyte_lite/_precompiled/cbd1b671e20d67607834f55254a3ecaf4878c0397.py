# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        field = ''
        v = None
        try:
            field = 'value'
            v = m.value
            if v:
                if v.__class__ is bool or not 0 <= v <= 4294967295: _bad_int(v, 'uint32')
                out += T_value
                if v < 128:
                    out.append(v)
                else:
                    out += _varint(v)
            elif v.__class__ is not int: _check_int(v)
            field = 'unit'
            v = m.unit
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: _bad_int(v, 'enum')
                out += T_unit
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
