# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_simple = None
            f_schema = None
            f_collection_type = None
            f_map_value_type = None
            f_blob = None
            f_metadata = None
            f_enum_type = None
            f_structured_dataset_type = None
            f_annotation = None
            f_union_type = None
            f_structure = None
        else:
            f_simple = base.simple
            f_schema = base.schema
            f_collection_type = base.collection_type
            f_map_value_type = base.map_value_type
            f_blob = base.blob
            f_metadata = base.metadata
            f_enum_type = base.enum_type
            f_structured_dataset_type = base.structured_dataset_type
            f_annotation = base.annotation
            f_union_type = base.union_type
            f_structure = base.structure
        g_type = None
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_simple = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        n = BN_simple.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_simple, BV_simple, EN_simple, EXACT)
                        f_simple = n
                        f_schema = None
                        f_collection_type = None
                        f_map_value_type = None
                        f_blob = None
                        f_enum_type = None
                        f_structured_dataset_type = None
                        f_union_type = None
                elif i == 1:
                    if v is None:
                        f_schema = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_schema = load_schema(v, depth, f_schema)
                        f_simple = None
                        f_collection_type = None
                        f_map_value_type = None
                        f_blob = None
                        f_enum_type = None
                        f_structured_dataset_type = None
                        f_union_type = None
                elif i == 2:
                    if v is None:
                        f_collection_type = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_collection_type = load_collection_type(v, depth, f_collection_type)
                        f_simple = None
                        f_schema = None
                        f_map_value_type = None
                        f_blob = None
                        f_enum_type = None
                        f_structured_dataset_type = None
                        f_union_type = None
                elif i == 3:
                    if v is None:
                        f_map_value_type = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_map_value_type = load_map_value_type(v, depth, f_map_value_type)
                        f_simple = None
                        f_schema = None
                        f_collection_type = None
                        f_blob = None
                        f_enum_type = None
                        f_structured_dataset_type = None
                        f_union_type = None
                elif i == 4:
                    if v is None:
                        f_blob = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_blob = load_blob(v, depth, f_blob)
                        f_simple = None
                        f_schema = None
                        f_collection_type = None
                        f_map_value_type = None
                        f_enum_type = None
                        f_structured_dataset_type = None
                        f_union_type = None
                elif i == 5:
                    if v is None:
                        f_metadata = None
                    else:
                        f_metadata = load_metadata(v, depth, f_metadata)
                elif i == 6:
                    if v is None:
                        f_enum_type = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_enum_type = load_enum_type(v, depth, f_enum_type)
                        f_simple = None
                        f_schema = None
                        f_collection_type = None
                        f_map_value_type = None
                        f_blob = None
                        f_structured_dataset_type = None
                        f_union_type = None
                elif i == 7:
                    if v is None:
                        f_structured_dataset_type = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_structured_dataset_type = load_structured_dataset_type(v, depth, f_structured_dataset_type)
                        f_simple = None
                        f_schema = None
                        f_collection_type = None
                        f_map_value_type = None
                        f_blob = None
                        f_enum_type = None
                        f_union_type = None
                elif i == 8:
                    if v is None:
                        f_annotation = None
                    else:
                        f_annotation = load_annotation(v, depth, f_annotation)
                elif i == 9:
                    if v is None:
                        f_union_type = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_union_type = load_union_type(v, depth, f_union_type)
                        f_simple = None
                        f_schema = None
                        f_collection_type = None
                        f_map_value_type = None
                        f_blob = None
                        f_enum_type = None
                        f_structured_dataset_type = None
                elif i == 10:
                    if v is None:
                        f_structure = None
                    else:
                        f_structure = load_structure(v, depth, f_structure)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'simple': f_simple, 'schema': f_schema, 'collection_type': f_collection_type, 'map_value_type': f_map_value_type, 'blob': f_blob, 'metadata': f_metadata, 'enum_type': f_enum_type, 'structured_dataset_type': f_structured_dataset_type, 'annotation': f_annotation, 'union_type': f_union_type, 'structure': f_structure})
        return obj
