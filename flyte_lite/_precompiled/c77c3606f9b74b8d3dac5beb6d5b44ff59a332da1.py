# mypy: ignore-errors
# ruff: noqa
def run():
    global encode, encode_plain
    def encode(m, out, deterministic):
        field = ''
        v = None
        try:
            field = 'value'
            v = m.value
            if v:
                if v.__class__ is not bool: raise TypeError
                out += T_value
                out.append(1 if v else 0)
            elif v.__class__ is not bool: _check(v, bool)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
    
    def encode_plain(x, out, deterministic):
        try:
            c = x.__class__
            if c is bool:
                v = x
                if v:
                    if v.__class__ is not bool: raise TypeError
                    out += T_value
                    out.append(1 if v else 0)
                elif v.__class__ is not bool: _check(v, bool)
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
