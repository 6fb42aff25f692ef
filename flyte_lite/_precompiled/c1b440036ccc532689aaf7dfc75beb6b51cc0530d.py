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
            f_metadata = None
            f_pod_spec = None
            f_data_config = None
            f_primary_container_name = ''
        else:
            f_metadata = base.metadata
            f_pod_spec = base.pod_spec
            f_data_config = base.data_config
            f_primary_container_name = base.primary_container_name
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
                        f_metadata = None
                    else:
                        f_metadata = load_metadata(v, depth, f_metadata)
                elif i == 1:
                    if v is None:
                        f_pod_spec = None
                    else:
                        f_pod_spec = load_pod_spec(v, depth, f_pod_spec)
                elif i == 2:
                    if v is None:
                        f_data_config = None
                    else:
                        f_data_config = load_data_config(v, depth, f_data_config)
                elif i == 3:
                    if v is None:
                        f_primary_container_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_primary_container_name = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'metadata': f_metadata, 'pod_spec': f_pod_spec, 'data_config': f_data_config, 'primary_container_name': f_primary_container_name})
        return obj
