# mypy: ignore-errors
# ruff: noqa
def run():
    global mes_values, encode
    def mes_values(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_values_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: as_str(k)
        if v:
            b = v.encode()
            n = len(b)
            out += T_values_v
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif v.__class__ is not str: as_str(v)
        out += unknown
        return out
    
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'values'
            v = a['values']
            if v.__class__ is not FD and v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                out += T_values
                eat = len(out)
                out.append(0)
                try:
                    what, expected = k, 'string'
                    if k is None: raise TypeError
                    if k is not None:
                        b = k.encode()
                        n = len(b)
                        out += T_values_k
                        if n < 128:
                            out.append(n)
                        else:
                            out += _varint(n)
                        out += b
                    what, expected = el, 'string'
                    if el is None: raise TypeError
                    if el is not None:
                        b = el.encode()
                        n = len(b)
                        out += T_values_v
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
                n = len(out) - eat - 1
                if n < 128:
                    out[eat] = n
                else:
                    out[eat:eat + 1] = _varint(n)
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
