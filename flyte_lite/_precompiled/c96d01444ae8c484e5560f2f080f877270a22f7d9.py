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
            f_value = None
        else:
            f_artifact_key = base.artifact_key
            f_value = base.value
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
                        f_value = None
                    else:
                        f_value = load_value(v, depth, f_value)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'artifact_key': f_artifact_key, 'value': f_value})
        return obj
