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
            f_case = None
            f_other = EMPTY_LIST
            f_else_node = None
            f_error = None
        else:
            f_case = base.case
            f_other = base.other
            f_else_node = base.else_node
            f_error = base.error
        g_default = None
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
                        f_case = None
                    else:
                        f_case = load_case(v, depth, f_case)
                elif i == 1:
                    if v is None:
                        f_other = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_other(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_other = lst
                elif i == 2:
                    if v is None:
                        f_else_node = None
                    else:
                        if g_default is not None: _two_oneof('default', g_default, k)
                        g_default = k
                        f_else_node = load_else_node(v, depth, f_else_node)
                        f_error = None
                elif i == 3:
                    if v is None:
                        f_error = None
                    else:
                        if g_default is not None: _two_oneof('default', g_default, k)
                        g_default = k
                        f_error = load_error(v, depth, f_error)
                        f_else_node = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'case': f_case, 'other': f_other, 'else_node': f_else_node, 'error': f_error})
        return obj
