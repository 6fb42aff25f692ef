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
            f_interface = None
            f_fixed_inputs = None
        else:
            f_id = base.id
            f_interface = base.interface
            f_fixed_inputs = base.fixed_inputs
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
                        f_interface = None
                    else:
                        f_interface = load_interface(v, depth, f_interface)
                elif i == 2:
                    if v is None:
                        f_fixed_inputs = None
                    else:
                        f_fixed_inputs = load_fixed_inputs(v, depth, f_fixed_inputs)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'interface': f_interface, 'fixed_inputs': f_fixed_inputs})
        return obj
