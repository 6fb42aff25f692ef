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
            f_enabled = False
            f_input_path = ''
            f_output_path = ''
            f_format = D_format
            f_io_strategy = None
        else:
            f_enabled = base.enabled
            f_input_path = base.input_path
            f_output_path = base.output_path
            f_format = base.format
            f_io_strategy = base.io_strategy
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
                        f_enabled = False
                    else:
                        if v.__class__ is not bool: _bool_in(v)
                        f_enabled = v
                elif i == 1:
                    if v is None:
                        f_input_path = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_input_path = v
                elif i == 2:
                    if v is None:
                        f_output_path = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_output_path = v
                elif i == 3:
                    if v is None:
                        f_format = D_format
                    else:
                        n = BN_format.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_format, BV_format, EN_format, EXACT)
                        f_format = n
                elif i == 4:
                    if v is None:
                        f_io_strategy = None
                    else:
                        f_io_strategy = load_io_strategy(v, depth, f_io_strategy)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'enabled': f_enabled, 'input_path': f_input_path, 'output_path': f_output_path, 'format': f_format, 'io_strategy': f_io_strategy})
        return obj
