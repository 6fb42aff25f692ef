# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['primary']
        try:
            if v is not None:
                if v.__class__ is not C_primary: v = _want_message(v, C_primary)
                x = dump_primary(v)
                out['primary'] = x
        except JSONError as exc:
            exc._enter('.primary')
            raise
        v = a['sub_workflows']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_sub_workflows: e = _want_message(e, C_sub_workflows)
                        x = dump_sub_workflows(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['subWorkflows'] = lst
        except JSONError as exc:
            exc._enter('.subWorkflows')
            raise
        v = a['tasks']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_tasks: e = _want_message(e, C_tasks)
                        x = dump_tasks(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['tasks'] = lst
        except JSONError as exc:
            exc._enter('.tasks')
            raise
        v = a['launch_plans']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_launch_plans: e = _want_message(e, C_launch_plans)
                        x = dump_launch_plans(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['launchPlans'] = lst
        except JSONError as exc:
            exc._enter('.launchPlans')
            raise
        return out
