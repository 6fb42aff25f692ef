# mypy: ignore-errors
# ruff: noqa
def run():
    global mee_fields, mes_fields, encode, encode_plain
    def mee_fields(k, v, deterministic):
        out = bytearray()
        try:
            what, expected = k, 'string'
            if k is not None:
                b = k.encode()
                n = len(b)
                out += T_fields_k
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            what, expected = v, 'Value'
            b = enc_fields_v(v, deterministic)
            n = len(b)
            out += T_fields_v
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
    
    def mes_fields(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_fields_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: _check(k, str)
        if v is not _MISSING:
            b = enc_fields_v(v, deterministic)
            n = len(b)
            out += T_fields_v
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
            field = 'fields'
            v = m.fields
            if v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                b = mee_fields(k, el, deterministic)
                n = len(b)
                out += T_fields
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
    
    def encode_plain(x, deterministic):
        out = bytearray()
        try:
            c = x.__class__
            if c is dict:
                v = x
                if v.__class__ is not dict: v = _as_dict(v)
                for k, el in (_sorted_entries(v) if deterministic else v.items()):
                    b = mee_fields(k, el, deterministic)
                    n = len(b)
                    out += T_fields
                    if n < 128:
                        out.append(n)
                    else:
                        out += _varint(n)
                    out += b
            else:
                if c is C or isinstance(x, C):
                    return encode(x, deterministic)
                y = _plain_normalize(x)
                if y.__class__ is c:
                    _not_plain(x, C)
                return encode_plain(y, deterministic)
        except EncodeError as exc:
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, '', x, 'Struct') from exc
        return out
