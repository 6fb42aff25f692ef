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
            f_schedule = None
            f_notifications = EMPTY_LIST
            f_launch_conditions = None
        else:
            f_schedule = base.schedule
            f_notifications = base.notifications
            f_launch_conditions = base.launch_conditions
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
                        f_schedule = None
                    else:
                        f_schedule = load_schedule(v, depth, f_schedule)
                elif i == 1:
                    if v is None:
                        f_notifications = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_notifications(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_notifications = lst
                elif i == 2:
                    if v is None:
                        f_launch_conditions = None
                    else:
                        f_launch_conditions = load_launch_conditions(v, depth, f_launch_conditions)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'schedule': f_schedule, 'notifications': f_notifications, 'launch_conditions': f_launch_conditions})
        return obj
