# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_content = 0
            field = 'value'
            v = a['value']
            if v is not None:
                set_content += 1
                b = v.encode()
                n = len(b)
                out += T_value
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'uri'
            v = a['uri']
            if v is not None:
                set_content += 1
                b = v.encode()
                n = len(b)
                out += T_uri
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
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
            field = 'icon_link'
            v = a['icon_link']
            if v:
                b = v.encode()
                n = len(b)
                out += T_icon_link
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = ''
            if set_content > 1:
                _two_members('content', [n for n in ('value', 'uri',) if getattr(m, n) is not None])
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
