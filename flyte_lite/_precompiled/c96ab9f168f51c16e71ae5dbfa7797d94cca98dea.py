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
            f_launchplan_ref = None
            f_sub_workflow_ref = None
        else:
            f_launchplan_ref = base.launchplan_ref
            f_sub_workflow_ref = base.sub_workflow_ref
        g_reference = None
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
                        f_launchplan_ref = None
                    else:
                        if g_reference is not None: _two_oneof('reference', g_reference, k)
                        g_reference = k
                        f_launchplan_ref = load_launchplan_ref(v, depth, f_launchplan_ref)
                        f_sub_workflow_ref = None
                elif i == 1:
                    if v is None:
                        f_sub_workflow_ref = None
                    else:
                        if g_reference is not None: _two_oneof('reference', g_reference, k)
                        g_reference = k
                        f_sub_workflow_ref = load_sub_workflow_ref(v, depth, f_sub_workflow_ref)
                        f_launchplan_ref = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'launchplan_ref': f_launchplan_ref, 'sub_workflow_ref': f_sub_workflow_ref})
        return obj
