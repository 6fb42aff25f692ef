# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        field = ''
        v = None
        try:
            field = 'project'
            v = m.project
            if v:
                b = v.encode()
                n = len(b)
                out += T_project
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'domain'
            v = m.domain
            if v:
                b = v.encode()
                n = len(b)
                out += T_domain
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'limit'
            v = m.limit
            if v:
                if v.__class__ is bool or not 0 <= v <= 4294967295: _bad_int(v, 'uint32')
                out += T_limit
                if v < 128:
                    out.append(v)
                else:
                    out += _varint(v)
            elif v.__class__ is not int: _check_int(v)
            field = 'token'
            v = m.token
            if v:
                b = v.encode()
                n = len(b)
                out += T_token
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'sort_by'
            v = m.sort_by
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
            v = m.filters
            if v:
                b = v.encode()
                n = len(b)
                out += T_filters
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'org'
            v = m.org
            if v:
                b = v.encode()
                n = len(b)
                out += T_org
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
