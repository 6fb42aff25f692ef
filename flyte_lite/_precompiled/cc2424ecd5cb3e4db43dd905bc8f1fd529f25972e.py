# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_type = 0
            field = 'simple'
            v = a['simple']
            if v is not None:
                set_type += 1
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_simple
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            field = 'schema'
            v = a['schema']
            if v is not None:
                set_type += 1
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
            field = 'collection_type'
            v = a['collection_type']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_collection_type and not isinstance(v, C_collection_type):
                    raise TypeError
                out += T_collection_type
                at = len(out)
                out.append(0)
                enc_collection_type(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'map_value_type'
            v = a['map_value_type']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_map_value_type and not isinstance(v, C_map_value_type):
                    raise TypeError
                out += T_map_value_type
                at = len(out)
                out.append(0)
                enc_map_value_type(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'blob'
            v = a['blob']
            if v is not None:
                set_type += 1
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
            field = 'metadata'
            v = a['metadata']
            if v is not None:
                out += T_metadata
                at = len(out)
                out.append(0)
                enc_metadata(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'enum_type'
            v = a['enum_type']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_enum_type and not isinstance(v, C_enum_type):
                    raise TypeError
                out += T_enum_type
                at = len(out)
                out.append(0)
                enc_enum_type(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'structured_dataset_type'
            v = a['structured_dataset_type']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_structured_dataset_type and not isinstance(v, C_structured_dataset_type):
                    raise TypeError
                out += T_structured_dataset_type
                at = len(out)
                out.append(0)
                enc_structured_dataset_type(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'annotation'
            v = a['annotation']
            if v is not None:
                if v.__class__ is not C_annotation and not isinstance(v, C_annotation):
                    raise TypeError
                out += T_annotation
                at = len(out)
                out.append(0)
                enc_annotation(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'union_type'
            v = a['union_type']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_union_type and not isinstance(v, C_union_type):
                    raise TypeError
                out += T_union_type
                at = len(out)
                out.append(0)
                enc_union_type(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'structure'
            v = a['structure']
            if v is not None:
                if v.__class__ is not C_structure and not isinstance(v, C_structure):
                    raise TypeError
                out += T_structure
                at = len(out)
                out.append(0)
                enc_structure(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_type > 1:
                _two_members('type', [n for n in ('simple', 'schema', 'collection_type', 'map_value_type', 'blob', 'enum_type', 'structured_dataset_type', 'union_type',) if getattr(m, n) is not None])
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
