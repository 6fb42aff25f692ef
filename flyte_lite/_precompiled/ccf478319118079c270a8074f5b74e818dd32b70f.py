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
            f_var = None
            f_default = None
            f_required = None
            f_artifact_query = None
            f_artifact_id = None
        else:
            f_var = base.var
            f_default = base.default
            f_required = base.required
            f_artifact_query = base.artifact_query
            f_artifact_id = base.artifact_id
        g_behavior = None
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
                        f_var = None
                    else:
                        f_var = load_var(v, depth, f_var)
                elif i == 1:
                    if v is None:
                        f_default = None
                    else:
                        if g_behavior is not None: _two_oneof('behavior', g_behavior, k)
                        g_behavior = k
                        f_default = load_default(v, depth, f_default)
                        f_required = None
                        f_artifact_query = None
                        f_artifact_id = None
                elif i == 2:
                    if v is None:
                        f_required = None
                    else:
                        if g_behavior is not None: _two_oneof('behavior', g_behavior, k)
                        g_behavior = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_required = v
                        f_default = None
                        f_artifact_query = None
                        f_artifact_id = None
                elif i == 3:
                    if v is None:
                        f_artifact_query = None
                    else:
                        if g_behavior is not None: _two_oneof('behavior', g_behavior, k)
                        g_behavior = k
                        f_artifact_query = load_artifact_query(v, depth, f_artifact_query)
                        f_default = None
                        f_required = None
                        f_artifact_id = None
                elif i == 4:
                    if v is None:
                        f_artifact_id = None
                    else:
                        if g_behavior is not None: _two_oneof('behavior', g_behavior, k)
                        g_behavior = k
                        f_artifact_id = load_artifact_id(v, depth, f_artifact_id)
                        f_default = None
                        f_required = None
                        f_artifact_query = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'var': f_var, 'default': f_default, 'required': f_required, 'artifact_query': f_artifact_query, 'artifact_id': f_artifact_id})
        return obj
