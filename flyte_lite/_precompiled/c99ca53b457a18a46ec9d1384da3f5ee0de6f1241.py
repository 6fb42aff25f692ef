# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_value = 0
            field = 'primitive'
            v = a['primitive']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_primitive and not isinstance(v, C_primitive):
                    raise TypeError
                out += T_primitive
                at = len(out)
                out.append(0)
                enc_primitive(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'blob'
            v = a['blob']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_blob and not isinstance(v, C_blob):
                    raise TypeError
                out += T_blob
                at = len(out)
                out.append(0)
                enc_blob(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'binary'
            v = a['binary']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_binary and not isinstance(v, C_binary):
                    raise TypeError
                out += T_binary
                at = len(out)
                out.append(0)
                enc_binary(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'schema'
            v = a['schema']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_schema and not isinstance(v, C_schema):
                    raise TypeError
                out += T_schema
                at = len(out)
                out.append(0)
                enc_schema(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'none_type'
            v = a['none_type']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_none_type and not isinstance(v, C_none_type):
                    raise TypeError
                out += T_none_type
                at = len(out)
                out.append(0)
                enc_none_type(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'error'
            v = a['error']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_error and not isinstance(v, C_error):
                    raise TypeError
                out += T_error
                at = len(out)
                out.append(0)
                enc_error(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'generic'
            v = a['generic']
            if v is not None:
                set_value += 1
                out += T_generic
                at = len(out)
                out.append(0)
                enc_generic(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'structured_dataset'
            v = a['structured_dataset']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_structured_dataset and not isinstance(v, C_structured_dataset):
                    raise TypeError
                out += T_structured_dataset
                at = len(out)
                out.append(0)
                enc_structured_dataset(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'union'
            v = a['union']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_union and not isinstance(v, C_union):
                    raise TypeError
                out += T_union
                at = len(out)
                out.append(0)
                enc_union(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_value > 1:
                _two_members('value', [n for n in ('primitive', 'blob', 'binary', 'schema', 'none_type', 'error', 'generic', 'structured_dataset', 'union',) if getattr(m, n) is not None])
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
