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
            f_inputs = None
            f_outputs = None
        else:
            f_inputs = base.inputs
            f_outputs = base.outputs
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
                        f_inputs = None
                    else:
                        f_inputs = load_inputs(v, depth, f_inputs)
                elif i == 1:
                    if v is None:
                        f_outputs = None
                    else:
                        f_outputs = load_outputs(v, depth, f_outputs)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'inputs': f_inputs, 'outputs': f_outputs})
        return obj
