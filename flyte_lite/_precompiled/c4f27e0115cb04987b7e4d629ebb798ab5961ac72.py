# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'project'
            v = a['project']
            if v:
                b = v.encode()
                n = len(b)
                out += T_project
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'domain'
            v = a['domain']
            if v:
                b = v.encode()
                n = len(b)
                out += T_domain
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'limit'
            v = a['limit']
            if v:
                if v.__class__ is bool or not 0 <= v <= 4294967295: as_int(v, 'uint32')
                out += T_limit
                if v < 128:
                    out.append(v)
                else:
                    out += _varint(v)
            elif v.__class__ is not int: as_int(v, 'uint32')
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
            field = 'sort_by'
            v = a['sort_by']
            if v is not None:
                if v.__class__ is not C_sort_by and not isinstance(v, C_sort_by):
                    raise TypeError
                out += T_sort_by
                at = len(out)
                out.append(0)
                enc_sort_by(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'filters'
            v = a['filters']
            if v:
                b = v.encode()
                n = len(b)
                out += T_filters
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'org'
            v = a['org']
            if v:
                b = v.encode()
                n = len(b)
                out += T_org
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
