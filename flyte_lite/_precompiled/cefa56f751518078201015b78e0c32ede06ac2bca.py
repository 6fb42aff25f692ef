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
            f_map = None
            f_hash = ''
            f_metadata = EMPTY_DICT
            f_offloaded_metadata = None
        else:
            f_scalar = base.scalar
            f_collection = base.collection
            f_map = base.map
            f_hash = base.hash
            f_metadata = base.metadata
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
                        f_map = None
                        f_offloaded_metadata = None
                elif i == 2:
                    if v is None:
                        f_map = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_map = load_map(v, depth, f_map)
                        f_scalar = None
                        f_collection = None
                        f_offloaded_metadata = None
                elif i == 3:
                    if v is None:
                        f_hash = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_hash = v
                elif i == 4:
                    if v is None:
                        f_metadata = EMPTY_DICT
                    else:
                        if v.__class__ is not dict: v = _map_in(v)
                        d = FD()
                        for kk, e in v.items():
                            try:
                                if kk.__class__ is not str: kk = _str_in(kk)
                                key = kk
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _set_item(d, key, x)
                            except JSONError as exc:
                                exc._enter(_key_segment(kk))
                                raise
                        f_metadata = d
                elif i == 5:
                    if v is None:
                        f_offloaded_metadata = None
                    else:
                        if g_value is not None: _two_oneof('value', g_value, k)
                        g_value = k
                        f_offloaded_metadata = load_offloaded_metadata(v, depth, f_offloaded_metadata)
                        f_scalar = None
                        f_collection = None
                        f_map = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'scalar': f_scalar, 'collection': f_collection, 'map': f_map, 'hash': f_hash, 'metadata': f_metadata, 'offloaded_metadata': f_offloaded_metadata})
        return obj
