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
            f_artifact_key = None
            f_version = ''
            f_partitions = None
            f_time_partition = None
        else:
            f_artifact_key = base.artifact_key
            f_version = base.version
            f_partitions = base.partitions
            f_time_partition = base.time_partition
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
                        f_artifact_key = None
                    else:
                        f_artifact_key = load_artifact_key(v, depth, f_artifact_key)
                elif i == 1:
                    if v is None:
                        f_version = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_version = v
                elif i == 2:
                    if v is None:
                        f_partitions = None
                    else:
                        f_partitions = load_partitions(v, depth, f_partitions)
                elif i == 3:
                    if v is None:
                        f_time_partition = None
                    else:
                        f_time_partition = load_time_partition(v, depth, f_time_partition)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'artifact_key': f_artifact_key, 'version': f_version, 'partitions': f_partitions, 'time_partition': f_time_partition})
        return obj
