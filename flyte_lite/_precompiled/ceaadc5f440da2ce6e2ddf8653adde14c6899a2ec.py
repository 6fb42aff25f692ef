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
            f_partition_key = None
            f_bind_to_time_partition = None
            f_time_transform = None
        else:
            f_partition_key = base.partition_key
            f_bind_to_time_partition = base.bind_to_time_partition
            f_time_transform = base.time_transform
        g_partition_data = None
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
                        f_partition_key = None
                    else:
                        if g_partition_data is not None: _two_oneof('partition_data', g_partition_data, k)
                        g_partition_data = k
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_partition_key = v
                        f_bind_to_time_partition = None
                elif i == 1:
                    if v is None:
                        f_bind_to_time_partition = None
                    else:
                        if g_partition_data is not None: _two_oneof('partition_data', g_partition_data, k)
                        g_partition_data = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_bind_to_time_partition = v
                        f_partition_key = None
                elif i == 2:
                    if v is None:
                        f_time_transform = None
                    else:
                        f_time_transform = load_time_transform(v, depth, f_time_transform)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'partition_key': f_partition_key, 'bind_to_time_partition': f_bind_to_time_partition, 'time_transform': f_time_transform})
        return obj
