# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_partition_size_value = 0
        v = a['device']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['device'] = x
        except JSONError as exc:
            exc._enter('.device')
            raise
        v = a['unpartitioned']
        try:
            if v is not None:
                x = v if v.__class__ is bool else _want_bool(v)
                out['unpartitioned'] = x
                n_partition_size_value += 1
        except JSONError as exc:
            exc._enter('.unpartitioned')
            raise
        v = a['partition_size']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['partitionSize'] = x
                n_partition_size_value += 1
        except JSONError as exc:
            exc._enter('.partitionSize')
            raise
        if n_partition_size_value > 1: _two_members(m, 'partition_size_value', ['unpartitioned', 'partition_size'])
        return out
