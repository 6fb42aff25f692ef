# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['schedule']
        try:
            if v is not None:
                if v.__class__ is not C_schedule: v = _want_message(v, C_schedule)
                x = dump_schedule(v)
                out['schedule'] = x
        except JSONError as exc:
            exc._enter('.schedule')
            raise
        v = a['notifications']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_notifications: e = _want_message(e, C_notifications)
                        x = dump_notifications(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['notifications'] = lst
        except JSONError as exc:
            exc._enter('.notifications')
            raise
        v = a['launch_conditions']
        try:
            if v is not None:
                x = dump_launch_conditions(v)
                out['launchConditions'] = x
        except JSONError as exc:
            exc._enter('.launchConditions')
            raise
        return out
