# mypy: ignore-errors
# ruff: noqa
def run():
    global mee_bindings, mes_bindings, encode
    def mee_bindings(k, v, deterministic):
        out = bytearray()
        try:
            what, expected = k, 'string'
            if k is not None:
                b = k.encode()
                n = len(b)
                out += T_bindings_k
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            what, expected = v, 'BindingData'
            if v is None: raise TypeError
            if v is not None:
                if v.__class__ is not C_bindings_v and not isinstance(v, C_bindings_v):
                    raise TypeError
                b = enc_bindings_v(v, deterministic)
                n = len(b)
                out += T_bindings_v
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
    
    def mes_bindings(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_bindings_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: _check(k, str)
        if v is not _MISSING:
            if v is not None:
                if v.__class__ is not C_bindings_v and not isinstance(v, C_bindings_v):
                    raise TypeError
                b = enc_bindings_v(v, deterministic)
                n = len(b)
                out += T_bindings_v
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
            field = 'bindings'
            v = m.bindings
            if v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                b = mee_bindings(k, el, deterministic)
                n = len(b)
                out += T_bindings
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
