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
            f_primary = None
            f_sub_workflows = EMPTY_LIST
            f_tasks = EMPTY_LIST
            f_launch_plans = EMPTY_LIST
        else:
            f_primary = base.primary
            f_sub_workflows = base.sub_workflows
            f_tasks = base.tasks
            f_launch_plans = base.launch_plans
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
                        f_primary = None
                    else:
                        f_primary = load_primary(v, depth, f_primary)
                elif i == 1:
                    if v is None:
                        f_sub_workflows = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_sub_workflows(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_sub_workflows = lst
                elif i == 2:
                    if v is None:
                        f_tasks = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_tasks(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_tasks = lst
                elif i == 3:
                    if v is None:
                        f_launch_plans = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_launch_plans(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_launch_plans = lst
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'primary': f_primary, 'sub_workflows': f_sub_workflows, 'tasks': f_tasks, 'launch_plans': f_launch_plans})
        return obj
