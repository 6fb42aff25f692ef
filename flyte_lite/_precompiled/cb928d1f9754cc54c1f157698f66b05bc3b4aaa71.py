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
            f_artifact_id = None
            f_artifact_tag = None
            f_uri = None
            f_binding = None
        else:
            f_artifact_id = base.artifact_id
            f_artifact_tag = base.artifact_tag
            f_uri = base.uri
            f_binding = base.binding
        g_identifier = None
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
                        f_artifact_id = None
                    else:
                        if g_identifier is not None: _two_oneof('identifier', g_identifier, k)
                        g_identifier = k
                        f_artifact_id = load_artifact_id(v, depth, f_artifact_id)
                        f_artifact_tag = None
                        f_uri = None
                        f_binding = None
                elif i == 1:
                    if v is None:
                        f_artifact_tag = None
                    else:
                        if g_identifier is not None: _two_oneof('identifier', g_identifier, k)
                        g_identifier = k
                        f_artifact_tag = load_artifact_tag(v, depth, f_artifact_tag)
                        f_artifact_id = None
                        f_uri = None
                        f_binding = None
                elif i == 2:
                    if v is None:
                        f_uri = None
                    else:
                        if g_identifier is not None: _two_oneof('identifier', g_identifier, k)
                        g_identifier = k
                        if v.__class__ is not str: v = _str_in(v)
                        f_uri = v
                        f_artifact_id = None
                        f_artifact_tag = None
                        f_binding = None
                elif i == 3:
                    if v is None:
                        f_binding = None
                    else:
                        if g_identifier is not None: _two_oneof('identifier', g_identifier, k)
                        g_identifier = k
                        f_binding = load_binding(v, depth, f_binding)
                        f_artifact_id = None
                        f_artifact_tag = None
                        f_uri = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'artifact_id': f_artifact_id, 'artifact_tag': f_artifact_tag, 'uri': f_uri, 'binding': f_binding})
        return obj
