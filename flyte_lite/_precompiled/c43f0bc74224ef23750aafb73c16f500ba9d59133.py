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
            f_device = ''
            f_unpartitioned = None
            f_partition_size = None
        else:
            f_device = base.device
            f_unpartitioned = base.unpartitioned
            f_partition_size = base.partition_size
        g_partition_size_value = None
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
                        f_device = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_device = v
                elif i == 1:
                    if v is None:
                        f_unpartitioned = None
                    else:
                        if g_partition_size_value is not None: _two_oneof('partition_size_value', g_partition_size_value, k)
                        g_partition_size_value = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_unpartitioned = v
                        f_partition_size = None
                elif i == 2:
                    if v is None:
                        f_partition_size = None
                    else:
                        if g_partition_size_value is not None: _two_oneof('partition_size_value', g_partition_size_value, k)
                        g_partition_size_value = k
                        if v.__class__ is not str: v = _str_in(v)
                        f_partition_size = v
                        f_unpartitioned = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'device': f_device, 'unpartitioned': f_unpartitioned, 'partition_size': f_partition_size})
        return obj
