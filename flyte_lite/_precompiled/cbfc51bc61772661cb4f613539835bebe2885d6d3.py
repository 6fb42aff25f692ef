# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'id'
            v = a['id']
            if v is not None:
                if v.__class__ is not C_id and not isinstance(v, C_id):
                    raise TypeError
                out += T_id
                at = len(out)
                out.append(0)
                enc_id(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'short_description'
            v = a['short_description']
            if v:
                b = v.encode()
                n = len(b)
                out += T_short_description
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'long_description'
            v = a['long_description']
            if v is not None:
                if v.__class__ is not C_long_description and not isinstance(v, C_long_description):
                    raise TypeError
                out += T_long_description
                at = len(out)
                out.append(0)
                enc_long_description(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'source_code'
            v = a['source_code']
            if v is not None:
                if v.__class__ is not C_source_code and not isinstance(v, C_source_code):
                    raise TypeError
                out += T_source_code
                at = len(out)
                out.append(0)
                enc_source_code(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'tags'
            v = a['tags']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    b = el.encode()
                    n = len(b)
                    out += T_tags
                    if n < 128:
                        out.append(n)
                    else:
                        out += _varint(n)
                    out += b
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'string') from exc
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
