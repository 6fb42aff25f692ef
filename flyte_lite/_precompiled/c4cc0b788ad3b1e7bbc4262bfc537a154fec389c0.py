# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['template']
        try:
            if v is not None:
                if v.__class__ is not C_template: v = _want_message(v, C_template)
                x = dump_template(v)
                out['template'] = x
        except JSONError as exc:
            exc._enter('.template')
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
        v = a['description']
        try:
            if v is not None:
                if v.__class__ is not C_description: v = _want_message(v, C_description)
                x = dump_description(v)
                out['description'] = x
        except JSONError as exc:
            exc._enter('.description')
            raise
        return out
