# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['workflows']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_workflows: e = _want_message(e, C_workflows)
                        x = dump_workflows(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['workflows'] = lst
        except JSONError as exc:
            exc._enter('.workflows')
            raise
        v = a['token']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['token'] = x
        except JSONError as exc:
            exc._enter('.token')
            raise
        return out
