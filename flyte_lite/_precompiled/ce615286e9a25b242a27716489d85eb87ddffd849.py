# mypy: ignore-errors
# ruff: noqa
def run():
    global encode, encode_plain
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_kind = 0
            field = 'null_value'
            v = a['null_value']
            if v is not None:
                set_kind += 1
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_null_value
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            field = 'number_value'
            v = a['number_value']
            if v is not None:
                set_kind += 1
                if v.__class__ is not float: v = as_float(v, 'double')
                out += T_number_value
                out += pack_double(v)
            field = 'string_value'
            v = a['string_value']
            if v is not None:
                set_kind += 1
                b = v.encode()
                n = len(b)
                out += T_string_value
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'bool_value'
            v = a['bool_value']
            if v is not None:
                set_kind += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_bool_value
                out.append(1 if v else 0)
            field = 'struct_value'
            v = a['struct_value']
            if v is not None:
                set_kind += 1
                out += T_struct_value
                at = len(out)
                out.append(0)
                enc_struct_value(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'list_value'
            v = a['list_value']
            if v is not None:
                set_kind += 1
                out += T_list_value
                at = len(out)
                out.append(0)
                enc_list_value(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_kind > 1:
                _two_members('kind', [n for n in ('null_value', 'number_value', 'string_value', 'bool_value', 'struct_value', 'list_value',) if getattr(m, n) is not None])
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
    
    def encode_plain(x, out, deterministic):
        try:
            c = x.__class__
            if x is None:
                v = D_null_value
                if v is not None:
                    if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                    out += T_null_value
                    if 0 <= v < 128:
                        out.append(v)
                    else:
                        out += _svarint(v)
            elif c is float or c is int:
                v = x
                if v is not None:
                    if v.__class__ is not float: v = as_float(v, 'double')
                    out += T_number_value
                    out += pack_double(v)
            elif c is str:
                v = x
                if v is not None:
                    b = v.encode()
                    n = len(b)
                    out += T_string_value
                    if n < 128:
                        out.append(n)
                    else:
                        out += _varint(n)
                    out += b
            elif c is bool:
                v = x
                if v is not None:
                    if v.__class__ is not bool: as_bool(v)
                    out += T_bool_value
                    out.append(1 if v else 0)
            elif c is FD or c is dict or c is C_struct_value:
                v = x
                if v is not None:
                    out += T_struct_value
                    at = len(out)
                    out.append(0)
                    enc_struct_value(v, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
            elif c is FL or c is list or c is tuple or c is C_list_value:
                v = x
                if v is not None:
                    out += T_list_value
                    at = len(out)
                    out.append(0)
                    enc_list_value(v, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
            else:
                if c is C or isinstance(x, C):
                    return encode(x, out, deterministic)
                y = _plain_normalize(x)
                if y.__class__ is c:
                    _not_plain(x, C)
                return encode_plain(y, out, deterministic)
        except EncodeError as exc:
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, '', x, 'Value') from exc
