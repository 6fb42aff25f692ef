# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'enabled'
            v = a['enabled']
            if v:
                if v.__class__ is not bool: as_bool(v)
                out += T_enabled
                out.append(1 if v else 0)
            elif v.__class__ is not bool: as_bool(v)
            field = 'input_path'
            v = a['input_path']
            if v:
                b = v.encode()
                n = len(b)
                out += T_input_path
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'output_path'
            v = a['output_path']
            if v:
                b = v.encode()
                n = len(b)
                out += T_output_path
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'format'
            v = a['format']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_format
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'enum')
            field = 'io_strategy'
            v = a['io_strategy']
            if v is not None:
                if v.__class__ is not C_io_strategy and not isinstance(v, C_io_strategy):
                    raise TypeError
                out += T_io_strategy
                at = len(out)
                out.append(0)
                enc_io_strategy(v, out, deterministic)
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
