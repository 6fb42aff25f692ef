# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'columns'
            v = a['columns']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_columns and not isinstance(el, C_columns):
                        raise TypeError
                    out += T_columns
                    at = len(out)
                    out.append(0)
                    enc_columns(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'DatasetColumn') from exc
            field = 'format'
            v = a['format']
            if v:
                b = v.encode()
                n = len(b)
                out += T_format
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'external_schema_type'
            v = a['external_schema_type']
            if v:
                b = v.encode()
                n = len(b)
                out += T_external_schema_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'external_schema_bytes'
            v = a['external_schema_bytes']
            if v:
                if v.__class__ is not bytes: v = as_bytes(v)
                n = len(v)
                out += T_external_schema_bytes
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += v
            elif v.__class__ is not bytes: as_bytes(v)
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
