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
            f_node_ids = EMPTY_LIST
            f_task_type = ''
            f_execution_env = None
        else:
            f_node_ids = base.node_ids
            f_task_type = base.task_type
            f_execution_env = base.execution_env
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
                        f_node_ids = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_node_ids = lst
                elif i == 1:
                    if v is None:
                        f_task_type = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_task_type = v
                elif i == 2:
                    if v is None:
                        f_execution_env = None
                    else:
                        f_execution_env = load_execution_env(v, depth, f_execution_env)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'node_ids': f_node_ids, 'task_type': f_task_type, 'execution_env': f_execution_env})
        return obj
