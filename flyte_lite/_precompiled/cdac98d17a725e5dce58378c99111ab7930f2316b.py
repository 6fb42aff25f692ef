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
            f_type = None
            f_description = ''
            f_artifact_partial_id = None
            f_artifact_tag = None
        else:
            f_type = base.type
            f_description = base.description
            f_artifact_partial_id = base.artifact_partial_id
            f_artifact_tag = base.artifact_tag
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
                        f_type = None
                    else:
                        f_type = load_type(v, depth, f_type)
                elif i == 1:
                    if v is None:
                        f_description = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_description = v
                elif i == 2:
                    if v is None:
                        f_artifact_partial_id = None
                    else:
                        f_artifact_partial_id = load_artifact_partial_id(v, depth, f_artifact_partial_id)
                elif i == 3:
                    if v is None:
                        f_artifact_tag = None
                    else:
                        f_artifact_tag = load_artifact_tag(v, depth, f_artifact_tag)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'type': f_type, 'description': f_description, 'artifact_partial_id': f_artifact_partial_id, 'artifact_tag': f_artifact_tag})
        return obj
