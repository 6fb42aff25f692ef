# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            set_value = 0
            field = 'primitive'
            v = m.primitive
            if v is not None:
                set_value += 1
                if v.__class__ is not C_primitive and not isinstance(v, C_primitive):
                    raise TypeError
                b = enc_primitive(v, deterministic)
                n = len(b)
                out += T_primitive
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'blob'
            v = m.blob
            if v is not None:
                set_value += 1
                if v.__class__ is not C_blob and not isinstance(v, C_blob):
                    raise TypeError
                b = enc_blob(v, deterministic)
                n = len(b)
                out += T_blob
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'binary'
            v = m.binary
            if v is not None:
                set_value += 1
                if v.__class__ is not C_binary and not isinstance(v, C_binary):
                    raise TypeError
                b = enc_binary(v, deterministic)
                n = len(b)
                out += T_binary
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'schema'
            v = m.schema
            if v is not None:
                set_value += 1
                if v.__class__ is not C_schema and not isinstance(v, C_schema):
                    raise TypeError
                b = enc_schema(v, deterministic)
                n = len(b)
                out += T_schema
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'none_type'
            v = m.none_type
            if v is not None:
                set_value += 1
                if v.__class__ is not C_none_type and not isinstance(v, C_none_type):
                    raise TypeError
                b = enc_none_type(v, deterministic)
                n = len(b)
                out += T_none_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'error'
            v = m.error
            if v is not None:
                set_value += 1
                if v.__class__ is not C_error and not isinstance(v, C_error):
                    raise TypeError
                b = enc_error(v, deterministic)
                n = len(b)
                out += T_error
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'generic'
            v = m.generic
            if v is not None:
                set_value += 1
                b = enc_generic(v, deterministic)
                n = len(b)
                out += T_generic
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'structured_dataset'
            v = m.structured_dataset
            if v is not None:
                set_value += 1
                if v.__class__ is not C_structured_dataset and not isinstance(v, C_structured_dataset):
                    raise TypeError
                b = enc_structured_dataset(v, deterministic)
                n = len(b)
                out += T_structured_dataset
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'union'
            v = m.union
            if v is not None:
                set_value += 1
                if v.__class__ is not C_union and not isinstance(v, C_union):
                    raise TypeError
                b = enc_union(v, deterministic)
                n = len(b)
                out += T_union
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_value > 1:
                _two_members('value', [n for n in ('primitive', 'blob', 'binary', 'schema', 'none_type', 'error', 'generic', 'structured_dataset', 'union',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
