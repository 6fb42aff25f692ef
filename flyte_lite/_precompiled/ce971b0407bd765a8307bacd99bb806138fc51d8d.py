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
            f_closure = None
            f_short_description = ''
        else:
            f_id = base.id
            f_closure = base.closure
            f_short_description = base.short_description
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
                        f_closure = None
                    else:
                        f_closure = load_closure(v, depth, f_closure)
                elif i == 2:
                    if v is None:
                        f_short_description = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_short_description = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'closure': f_closure, 'short_description': f_short_description})
        return obj
