# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_type = 0
        v = a['simple']
        try:
            if v is not None:
                if v.__class__ is not E_simple and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_simple.get(v)
                if x is None: x = _enum_unknown(v)
                out['simple'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.simple')
            raise
        v = a['schema']
        try:
            if v is not None:
                if v.__class__ is not C_schema: v = _want_message(v, C_schema)
                x = dump_schema(v)
                out['schema'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.schema')
            raise
        v = a['collection_type']
        try:
            if v is not None:
                if v.__class__ is not C_collection_type: v = _want_message(v, C_collection_type)
                x = dump_collection_type(v)
                out['collectionType'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.collectionType')
            raise
        v = a['map_value_type']
        try:
            if v is not None:
                if v.__class__ is not C_map_value_type: v = _want_message(v, C_map_value_type)
                x = dump_map_value_type(v)
                out['mapValueType'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.mapValueType')
            raise
        v = a['blob']
        try:
            if v is not None:
                if v.__class__ is not C_blob: v = _want_message(v, C_blob)
                x = dump_blob(v)
                out['blob'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.blob')
            raise
        v = a['metadata']
        try:
            if v is not None:
                x = dump_metadata(v)
                out['metadata'] = x
        except JSONError as exc:
            exc._enter('.metadata')
            raise
        v = a['enum_type']
        try:
            if v is not None:
                if v.__class__ is not C_enum_type: v = _want_message(v, C_enum_type)
                x = dump_enum_type(v)
                out['enumType'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.enumType')
            raise
        v = a['structured_dataset_type']
        try:
            if v is not None:
                if v.__class__ is not C_structured_dataset_type: v = _want_message(v, C_structured_dataset_type)
                x = dump_structured_dataset_type(v)
                out['structuredDatasetType'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.structuredDatasetType')
            raise
        v = a['annotation']
        try:
            if v is not None:
                if v.__class__ is not C_annotation: v = _want_message(v, C_annotation)
                x = dump_annotation(v)
                out['annotation'] = x
        except JSONError as exc:
            exc._enter('.annotation')
            raise
        v = a['union_type']
        try:
            if v is not None:
                if v.__class__ is not C_union_type: v = _want_message(v, C_union_type)
                x = dump_union_type(v)
                out['unionType'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.unionType')
            raise
        v = a['structure']
        try:
            if v is not None:
                if v.__class__ is not C_structure: v = _want_message(v, C_structure)
                x = dump_structure(v)
                out['structure'] = x
        except JSONError as exc:
            exc._enter('.structure')
            raise
        if n_type > 1: _two_members(m, 'type', ['simple', 'schema', 'collection_type', 'map_value_type', 'blob', 'enum_type', 'structured_dataset_type', 'union_type'])
        return out
