# mypy: ignore-errors
# ruff: noqa
def run():
    global mes_tags, encode
    def mes_tags(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_tags_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: as_str(k)
        if v:
            b = v.encode()
            n = len(b)
            out += T_tags_v
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
            field = 'quality_of_service'
            v = a['quality_of_service']
            if v is not None:
                if v.__class__ is not C_quality_of_service and not isinstance(v, C_quality_of_service):
                    raise TypeError
                out += T_quality_of_service
                at = len(out)
                out.append(0)
                enc_quality_of_service(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'on_failure'
            v = a['on_failure']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_on_failure
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'enum')
            field = 'tags'
            v = a['tags']
            if v.__class__ is not FD and v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                out += T_tags
                eat = len(out)
                out.append(0)
                try:
                    what, expected = k, 'string'
                    if k is None: raise TypeError
                    if k is not None:
                        b = k.encode()
                        n = len(b)
                        out += T_tags_k
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
                        out += T_tags_v
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
