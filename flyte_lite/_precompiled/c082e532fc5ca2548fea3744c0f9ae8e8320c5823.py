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
            f_signal_id = ''
            f_type = None
            f_output_variable_name = ''
        else:
            f_signal_id = base.signal_id
            f_type = base.type
            f_output_variable_name = base.output_variable_name
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
                        f_signal_id = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_signal_id = v
                elif i == 1:
                    if v is None:
                        f_type = None
                    else:
                        f_type = load_type(v, depth, f_type)
                elif i == 2:
                    if v is None:
                        f_output_variable_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_output_variable_name = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'signal_id': f_signal_id, 'type': f_type, 'output_variable_name': f_output_variable_name})
        return obj
