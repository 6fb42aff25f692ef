# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'requests'
            v = m.requests
            if v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_requests and not isinstance(el, C_requests):
                        raise TypeError
                    b = enc_requests(el, deterministic)
                    n = len(b)
                    out += T_requests
                    if n < 128:
                        out.append(n)
                    else:
                        out += _varint(n)
                    out += b
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'ResourceEntry') from exc
            field = 'limits'
            v = m.limits
            if v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_limits and not isinstance(el, C_limits):
                        raise TypeError
                    b = enc_limits(el, deterministic)
                    n = len(b)
                    out += T_limits
                    if n < 128:
                        out.append(n)
                    else:
                        out += _varint(n)
                    out += b
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'ResourceEntry') from exc
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
