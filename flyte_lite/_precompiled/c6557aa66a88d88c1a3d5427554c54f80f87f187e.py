# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_default = 0
        v = a['case']
        try:
            if v is not None:
                if v.__class__ is not C_case: v = _want_message(v, C_case)
                x = dump_case(v)
                out['case'] = x
        except JSONError as exc:
            exc._enter('.case')
            raise
        v = a['other']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_other: e = _want_message(e, C_other)
                        x = dump_other(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['other'] = lst
        except JSONError as exc:
            exc._enter('.other')
            raise
        v = a['else_node']
        try:
            if v is not None:
                if v.__class__ is not C_else_node: v = _want_message(v, C_else_node)
                x = dump_else_node(v)
                out['elseNode'] = x
                n_default += 1
        except JSONError as exc:
            exc._enter('.elseNode')
            raise
        v = a['error']
        try:
            if v is not None:
                if v.__class__ is not C_error: v = _want_message(v, C_error)
                x = dump_error(v)
                out['error'] = x
                n_default += 1
        except JSONError as exc:
            exc._enter('.error')
            raise
        if n_default > 1: _two_members(m, 'default', ['else_node', 'error'])
        return out
