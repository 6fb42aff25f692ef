# mypy: ignore-errors
# ruff: noqa
def run():
    global encode, encode_plain
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'values'
            v = a['values']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    out += T_values
                    at = len(out)
                    out.append(0)
                    enc_values(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'Value') from exc
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
            if c is FL or c is list or c is tuple:
                v = x
                if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
                for el in v:
                    try:
                        out += T_values
                        at = len(out)
                        out.append(0)
                        enc_values(el, out, deterministic)
                        n = len(out) - at - 1
                        if n < 128:
                            out[at] = n
                        else:
                            out[at:at + 1] = _varint(n)
                    except EncodeError as exc:
                        exc._enter('[%d]' % _index(v, el))
                        raise
                    except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                        raise _bad(exc, '[%d]' % _index(v, el), el, 'Value') from exc
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
            raise _bad(exc, '', x, 'ListValue') from exc
