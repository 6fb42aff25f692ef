# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_partition_data = 0
        v = a['partition_key']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['partitionKey'] = x
                n_partition_data += 1
        except JSONError as exc:
            exc._enter('.partitionKey')
            raise
        v = a['bind_to_time_partition']
        try:
            if v is not None:
                x = v if v.__class__ is bool else _want_bool(v)
                out['bindToTimePartition'] = x
                n_partition_data += 1
        except JSONError as exc:
            exc._enter('.bindToTimePartition')
            raise
        v = a['time_transform']
        try:
            if v is not None:
                if v.__class__ is not C_time_transform: v = _want_message(v, C_time_transform)
                x = dump_time_transform(v)
                out['timeTransform'] = x
        except JSONError as exc:
            exc._enter('.timeTransform')
            raise
        if n_partition_data > 1: _two_members(m, 'partition_data', ['partition_key', 'bind_to_time_partition'])
        return out
