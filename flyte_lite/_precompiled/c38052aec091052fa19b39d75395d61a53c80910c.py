# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        field = ''
        v = None
        try:
            field = 'type_url'
            v = m.type_url
            if v:
                b = v.encode()
                n = len(b)
                out += T_type_url
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'value'
            v = m.value
            if v:
                if v.__class__ is not bytes: v = _as_bytes(v)
                n = len(v)
                out += T_value
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += v
            elif v.__class__ is not bytes: _check(v, bytes)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
