# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'projects'
            v = a['projects']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_projects and not isinstance(el, C_projects):
                        raise TypeError
                    out += T_projects
                    at = len(out)
                    out.append(0)
                    enc_projects(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'Project') from exc
            field = 'token'
            v = a['token']
            if v:
                b = v.encode()
                n = len(b)
                out += T_token
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
