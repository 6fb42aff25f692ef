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
            f_primitive = None
            f_blob = None
            f_binary = None
            f_schema = None
            f_none_type = None
            f_error = None
            f_generic = None
            f_structured_dataset = None
            f_union = None
        else:
            f_primitive = base.primitive
            f_blob = base.blob
            f_binary = base.binary
            f_schema = base.schema
            f_none_type = base.none_type
            f_error = base.error
            f_generic = base.generic
            f_structured_dataset = base.structured_dataset
            f_union = base.union
        g_value = None
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
                        f_primitive = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_primitive = load_primitive(v, depth, f_primitive)
                        f_blob = None
                        f_binary = None
                        f_schema = None
                        f_none_type = None
                        f_error = None
                        f_generic = None
                        f_structured_dataset = None
                        f_union = None
                elif i == 1:
                    if v is None:
                        f_blob = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_blob = load_blob(v, depth, f_blob)
                        f_primitive = None
                        f_binary = None
                        f_schema = None
                        f_none_type = None
                        f_error = None
                        f_generic = None
                        f_structured_dataset = None
                        f_union = None
                elif i == 2:
                    if v is None:
                        f_binary = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_binary = load_binary(v, depth, f_binary)
                        f_primitive = None
                        f_blob = None
                        f_schema = None
                        f_none_type = None
                        f_error = None
                        f_generic = None
                        f_structured_dataset = None
                        f_union = None
                elif i == 3:
                    if v is None:
                        f_schema = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_schema = load_schema(v, depth, f_schema)
                        f_primitive = None
                        f_blob = None
                        f_binary = None
                        f_none_type = None
                        f_error = None
                        f_generic = None
                        f_structured_dataset = None
                        f_union = None
                elif i == 4:
                    if v is None:
                        f_none_type = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_none_type = load_none_type(v, depth, f_none_type)
                        f_primitive = None
                        f_blob = None
                        f_binary = None
                        f_schema = None
                        f_error = None
                        f_generic = None
                        f_structured_dataset = None
                        f_union = None
                elif i == 5:
                    if v is None:
                        f_error = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_error = load_error(v, depth, f_error)
                        f_primitive = None
                        f_blob = None
                        f_binary = None
                        f_schema = None
                        f_none_type = None
                        f_generic = None
                        f_structured_dataset = None
                        f_union = None
                elif i == 6:
                    if v is None:
                        f_generic = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_generic = load_generic(v, depth, f_generic)
                        f_primitive = None
                        f_blob = None
                        f_binary = None
                        f_schema = None
                        f_none_type = None
                        f_error = None
                        f_structured_dataset = None
                        f_union = None
                elif i == 7:
                    if v is None:
                        f_structured_dataset = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_structured_dataset = load_structured_dataset(v, depth, f_structured_dataset)
                        f_primitive = None
                        f_blob = None
                        f_binary = None
                        f_schema = None
                        f_none_type = None
                        f_error = None
                        f_generic = None
                        f_union = None
                elif i == 8:
                    if v is None:
                        f_union = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_union = load_union(v, depth, f_union)
                        f_primitive = None
                        f_blob = None
                        f_binary = None
                        f_schema = None
                        f_none_type = None
                        f_error = None
                        f_generic = None
                        f_structured_dataset = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'primitive': f_primitive, 'blob': f_blob, 'binary': f_binary, 'schema': f_schema, 'none_type': f_none_type, 'error': f_error, 'generic': f_generic, 'structured_dataset': f_structured_dataset, 'union': f_union})
        return obj
