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
            f_scalar = None
            f_collection = None
            f_promise = None
            f_map = None
            f_union = None
            f_offloaded_metadata = None
        else:
            f_scalar = base.scalar
            f_collection = base.collection
            f_promise = base.promise
            f_map = base.map
            f_union = base.union
            f_offloaded_metadata = base.offloaded_metadata
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
                        f_scalar = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_scalar = load_scalar(v, depth, f_scalar)
                        f_collection = None
                        f_promise = None
                        f_map = None
                        f_offloaded_metadata = None
                elif i == 1:
                    if v is None:
                        f_collection = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_collection = load_collection(v, depth, f_collection)
                        f_scalar = None
                        f_promise = None
                        f_map = None
                        f_offloaded_metadata = None
                elif i == 2:
                    if v is None:
                        f_promise = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_promise = load_promise(v, depth, f_promise)
                        f_scalar = None
                        f_collection = None
                        f_map = None
                        f_offloaded_metadata = None
                elif i == 3:
                    if v is None:
                        f_map = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_map = load_map(v, depth, f_map)
                        f_scalar = None
                        f_collection = None
                        f_promise = None
                        f_offloaded_metadata = None
                elif i == 4:
                    if v is None:
                        f_union = None
                    else:
                        f_union = load_union(v, depth, f_union)
                elif i == 5:
                    if v is None:
                        f_offloaded_metadata = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_offloaded_metadata = load_offloaded_metadata(v, depth, f_offloaded_metadata)
                        f_scalar = None
                        f_collection = None
                        f_promise = None
                        f_map = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'scalar': f_scalar, 'collection': f_collection, 'promise': f_promise, 'map': f_map, 'union': f_union, 'offloaded_metadata': f_offloaded_metadata})
        return obj
