# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['projects']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_projects: e = _want_message(e, C_projects)
                        x = dump_projects(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['projects'] = lst
        except JSONError as exc:
            exc._enter('.projects')
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
