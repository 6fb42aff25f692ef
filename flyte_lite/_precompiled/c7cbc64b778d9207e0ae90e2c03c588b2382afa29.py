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
            f_node_id = ''
            f_var = ''
            f_attr_path = EMPTY_LIST
        else:
            f_node_id = base.node_id
            f_var = base.var
            f_attr_path = base.attr_path
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
                        f_node_id = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_node_id = v
                elif i == 1:
                    if v is None:
                        f_var = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_var = v
                elif i == 2:
                    if v is None:
                        f_attr_path = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_attr_path(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_attr_path = lst
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'node_id': f_node_id, 'var': f_var, 'attr_path': f_attr_path})
        return obj
