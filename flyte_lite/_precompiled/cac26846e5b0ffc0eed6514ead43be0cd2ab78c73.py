# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'container_port'
            v = a['container_port']
            if v:
                if v.__class__ is bool or not 0 <= v <= 4294967295: as_int(v, 'uint32')
                out += T_container_port
                if v < 128:
                    out.append(v)
                else:
                    out += _varint(v)
            elif v.__class__ is not int: as_int(v, 'uint32')
            field = 'name'
            v = a['name']
            if v:
                b = v.encode()
                n = len(b)
                out += T_name
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
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
