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
            field = 'integer'
            v = a['integer']
            if v is not None:
                set_value += 1
                if v.__class__ is bool or not -9223372036854775808 <= v <= 9223372036854775807: as_int(v, 'int64')
                out += T_integer
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            field = 'float_value'
            v = a['float_value']
            if v is not None:
                set_value += 1
                if v.__class__ is not float: v = as_float(v, 'double')
                out += T_float_value
                out += pack_double(v)
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
            field = 'boolean'
            v = a['boolean']
            if v is not None:
                set_value += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_boolean
                out.append(1 if v else 0)
            field = 'datetime'
            v = a['datetime']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_datetime and not isinstance(v, C_datetime):
                    raise TypeError
                out += T_datetime
                at = len(out)
                out.append(0)
                enc_datetime(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'duration'
            v = a['duration']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_duration and not isinstance(v, C_duration):
                    raise TypeError
                out += T_duration
                at = len(out)
                out.append(0)
                enc_duration(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_value > 1:
                _two_members('value', [n for n in ('integer', 'float_value', 'string_value', 'boolean', 'datetime', 'duration',) if getattr(m, n) is not None])
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
