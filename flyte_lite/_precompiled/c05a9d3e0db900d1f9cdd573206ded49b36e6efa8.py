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
            f_compiled_workflow = None
            f_created_at = None
        else:
            f_compiled_workflow = base.compiled_workflow
            f_created_at = base.created_at
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
                        f_compiled_workflow = None
                    else:
                        f_compiled_workflow = load_compiled_workflow(v, depth, f_compiled_workflow)
                elif i == 1:
                    if v is None:
                        f_created_at = None
                    else:
                        f_created_at = load_created_at(v, depth, f_created_at)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'compiled_workflow': f_compiled_workflow, 'created_at': f_created_at})
        return obj
