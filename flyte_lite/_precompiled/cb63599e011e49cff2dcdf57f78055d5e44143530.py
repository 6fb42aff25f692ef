# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['artifact_key']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_key: v = _want_message(v, C_artifact_key)
                x = dump_artifact_key(v)
                out['artifactKey'] = x
        except JSONError as exc:
            exc._enter('.artifactKey')
            raise
        v = a['version']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['version'] = x
        except JSONError as exc:
            exc._enter('.version')
            raise
        v = a['partitions']
        try:
            if v is not None:
                if v.__class__ is not C_partitions: v = _want_message(v, C_partitions)
                x = dump_partitions(v)
                out['partitions'] = x
        except JSONError as exc:
            exc._enter('.partitions')
            raise
        v = a['time_partition']
        try:
            if v is not None:
                if v.__class__ is not C_time_partition: v = _want_message(v, C_time_partition)
                x = dump_time_partition(v)
                out['timePartition'] = x
        except JSONError as exc:
            exc._enter('.timePartition')
            raise
        return out
