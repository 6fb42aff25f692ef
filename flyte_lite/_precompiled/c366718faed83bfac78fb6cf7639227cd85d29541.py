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
            f_container_port = 0
            f_name = ''
        else:
            f_container_port = base.container_port
            f_name = base.name
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
                        f_container_port = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not 0 <= v <= 4294967295: _int_range_in(v, 'uint32')
                        f_container_port = v
                elif i == 1:
                    if v is None:
                        f_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_name = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'container_port': f_container_port, 'name': f_name})
        return obj
