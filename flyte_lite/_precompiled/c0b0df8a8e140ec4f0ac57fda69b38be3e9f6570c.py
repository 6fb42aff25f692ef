# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['limit']
        try:
            if v.__class__ is not int: v = _want_int(v, 'uint32')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'uint32')
                if not 0 <= x <= 4294967295: _out_of_range(x, 'uint32')
                out['limit'] = x
        except JSONError as exc:
            exc._enter('.limit')
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
        v = a['filters']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['filters'] = x
        except JSONError as exc:
            exc._enter('.filters')
            raise
        v = a['sort_by']
        try:
            if v is not None:
                if v.__class__ is not C_sort_by: v = _want_message(v, C_sort_by)
                x = dump_sort_by(v)
                out['sortBy'] = x
        except JSONError as exc:
            exc._enter('.sortBy')
            raise
        v = a['org']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['org'] = x
        except JSONError as exc:
            exc._enter('.org')
            raise
        return out
