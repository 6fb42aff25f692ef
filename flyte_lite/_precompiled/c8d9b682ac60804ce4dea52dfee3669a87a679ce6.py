# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            set_type = 0
            field = 'simple'
            v = m.simple
            if v is not None:
                set_type += 1
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: _bad_int(v, 'enum')
                out += T_simple
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            field = 'schema'
            v = m.schema
            if v is not None:
                set_type += 1
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
            field = 'collection_type'
            v = m.collection_type
            if v is not None:
                set_type += 1
                if v.__class__ is not C_collection_type and not isinstance(v, C_collection_type):
                    raise TypeError
                b = enc_collection_type(v, deterministic)
                n = len(b)
                out += T_collection_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'map_value_type'
            v = m.map_value_type
            if v is not None:
                set_type += 1
                if v.__class__ is not C_map_value_type and not isinstance(v, C_map_value_type):
                    raise TypeError
                b = enc_map_value_type(v, deterministic)
                n = len(b)
                out += T_map_value_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'blob'
            v = m.blob
            if v is not None:
                set_type += 1
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
            field = 'metadata'
            v = m.metadata
            if v is not None:
                b = enc_metadata(v, deterministic)
                n = len(b)
                out += T_metadata
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'enum_type'
            v = m.enum_type
            if v is not None:
                set_type += 1
                if v.__class__ is not C_enum_type and not isinstance(v, C_enum_type):
                    raise TypeError
                b = enc_enum_type(v, deterministic)
                n = len(b)
                out += T_enum_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'structured_dataset_type'
            v = m.structured_dataset_type
            if v is not None:
                set_type += 1
                if v.__class__ is not C_structured_dataset_type and not isinstance(v, C_structured_dataset_type):
                    raise TypeError
                b = enc_structured_dataset_type(v, deterministic)
                n = len(b)
                out += T_structured_dataset_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'annotation'
            v = m.annotation
            if v is not None:
                if v.__class__ is not C_annotation and not isinstance(v, C_annotation):
                    raise TypeError
                b = enc_annotation(v, deterministic)
                n = len(b)
                out += T_annotation
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'union_type'
            v = m.union_type
            if v is not None:
                set_type += 1
                if v.__class__ is not C_union_type and not isinstance(v, C_union_type):
                    raise TypeError
                b = enc_union_type(v, deterministic)
                n = len(b)
                out += T_union_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'structure'
            v = m.structure
            if v is not None:
                if v.__class__ is not C_structure and not isinstance(v, C_structure):
                    raise TypeError
                b = enc_structure(v, deterministic)
                n = len(b)
                out += T_structure
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_type > 1:
                _two_members('type', [n for n in ('simple', 'schema', 'collection_type', 'map_value_type', 'blob', 'enum_type', 'structured_dataset_type', 'union_type',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
