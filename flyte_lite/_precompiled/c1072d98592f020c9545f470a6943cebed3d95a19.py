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
            f_condition = None
            f_then_node = None
        else:
            f_condition = base.condition
            f_then_node = base.then_node
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
                        f_condition = None
                    else:
                        f_condition = load_condition(v, depth, f_condition)
                elif i == 1:
                    if v is None:
                        f_then_node = None
                    else:
                        f_then_node = load_then_node(v, depth, f_then_node)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'condition': f_condition, 'then_node': f_then_node})
        return obj
