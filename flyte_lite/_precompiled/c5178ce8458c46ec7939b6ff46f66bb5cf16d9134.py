# mypy: ignore-errors
# ruff: noqa
def run():
    global encode, encode_plain
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'value'
            v = a['value']
            if v:
                if v.__class__ is not bool: as_bool(v)
                out += T_value
                out.append(1 if v else 0)
            elif v.__class__ is not bool: as_bool(v)
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
    
    def encode_plain(x, out, deterministic):
        try:
            c = x.__class__
            if c is bool:
                v = x
                if v:
                    if v.__class__ is not bool: as_bool(v)
                    out += T_value
                    out.append(1 if v else 0)
                elif v.__class__ is not bool: as_bool(v)
            else:
                if c is C or isinstance(x, C):
                    return encode(x, out, deterministic)
                y = _plain_normalize(x)
                if y.__class__ is c:
                    _not_plain(x, C)
                return encode_plain(y, out, deterministic)
        except EncodeError as exc:
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, '', x, 'BoolValue') from exc
