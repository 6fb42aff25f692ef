# mypy: ignore-errors
# ruff: noqa
def run():
    global mee_variables, mes_variables, encode
    def mee_variables(k, v, deterministic):
        out = bytearray()
        try:
            what, expected = k, 'string'
            if k is not None:
                b = k.encode()
                n = len(b)
                out += T_variables_k
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            what, expected = v, 'Variable'
            if v is None: raise TypeError
            if v is not None:
                if v.__class__ is not C_variables_v and not isinstance(v, C_variables_v):
                    raise TypeError
                b = enc_variables_v(v, deterministic)
                n = len(b)
                out += T_variables_v
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
        except EncodeError as exc:
            exc._enter('[%r]' % (k,))
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, '[%r]' % (k,), what, expected) from exc
        return out
    
    def mes_variables(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_variables_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: _check(k, str)
        if v is not _MISSING:
            if v is not None:
                if v.__class__ is not C_variables_v and not isinstance(v, C_variables_v):
                    raise TypeError
                b = enc_variables_v(v, deterministic)
                n = len(b)
                out += T_variables_v
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
        out += unknown
        return out
    
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'variables'
            v = m.variables
            if v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                b = mee_variables(k, el, deterministic)
                n = len(b)
                out += T_variables
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
