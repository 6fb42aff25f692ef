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
            f_id = None
            f_spec = None
            f_closure = None
        else:
            f_id = base.id
            f_spec = base.spec
            f_closure = base.closure
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
                        f_id = None
                    else:
                        f_id = load_id(v, depth, f_id)
                elif i == 1:
                    if v is None:
                        f_spec = None
                    else:
                        f_spec = load_spec(v, depth, f_spec)
                elif i == 2:
                    if v is None:
                        f_closure = None
                    else:
                        f_closure = load_closure(v, depth, f_closure)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'spec': f_spec, 'closure': f_closure})
        return obj
