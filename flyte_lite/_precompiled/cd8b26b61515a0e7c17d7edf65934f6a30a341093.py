# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['requests']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_requests: e = _want_message(e, C_requests)
                        x = dump_requests(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['requests'] = lst
        except JSONError as exc:
            exc._enter('.requests')
            raise
        v = a['limits']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_limits: e = _want_message(e, C_limits)
                        x = dump_limits(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['limits'] = lst
        except JSONError as exc:
            exc._enter('.limits')
            raise
        return out
