# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['code']
        try:
            if v.__class__ is not int: v = _want_int(v, 'int32')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'int32')
                if not -2147483648 <= x <= 2147483647: _out_of_range(x, 'int32')
                out['code'] = x
        except JSONError as exc:
            exc._enter('.code')
            raise
        v = a['message']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['message'] = x
        except JSONError as exc:
            exc._enter('.message')
            raise
        v = a['details']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        x = dump_details(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['details'] = lst
        except JSONError as exc:
            exc._enter('.details')
            raise
        return out
