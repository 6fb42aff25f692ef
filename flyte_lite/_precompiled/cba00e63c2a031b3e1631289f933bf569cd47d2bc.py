# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['node_id']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['nodeId'] = x
        except JSONError as exc:
            exc._enter('.nodeId')
            raise
        v = a['var']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['var'] = x
        except JSONError as exc:
            exc._enter('.var')
            raise
        v = a['attr_path']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_attr_path: e = _want_message(e, C_attr_path)
                        x = dump_attr_path(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['attrPath'] = lst
        except JSONError as exc:
            exc._enter('.attrPath')
            raise
        return out
