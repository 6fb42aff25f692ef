# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_value = 0
            field = 'string_value'
            v = a['string_value']
            if v is not None:
                set_value += 1
                b = v.encode()
                n = len(b)
                out += T_string_value
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'int_value'
            v = a['int_value']
            if v is not None:
                set_value += 1
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'int32')
                out += T_int_value
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            field = ''
            if set_value > 1:
                _two_members('value', [n for n in ('string_value', 'int_value',) if getattr(m, n) is not None])
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
