# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['id']
        try:
            if v is not None:
                if v.__class__ is not C_id: v = _want_message(v, C_id)
                x = dump_id(v)
                out['id'] = x
        except JSONError as exc:
            exc._enter('.id')
            raise
        v = a['short_description']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['shortDescription'] = x
        except JSONError as exc:
            exc._enter('.shortDescription')
            raise
        v = a['long_description']
        try:
            if v is not None:
                if v.__class__ is not C_long_description: v = _want_message(v, C_long_description)
                x = dump_long_description(v)
                out['longDescription'] = x
        except JSONError as exc:
            exc._enter('.longDescription')
            raise
        v = a['source_code']
        try:
            if v is not None:
                if v.__class__ is not C_source_code: v = _want_message(v, C_source_code)
                x = dump_source_code(v)
                out['sourceCode'] = x
        except JSONError as exc:
            exc._enter('.sourceCode')
            raise
        v = a['tags']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        x = e if e.__class__ is str else _want_str(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['tags'] = lst
        except JSONError as exc:
            exc._enter('.tags')
            raise
        return out
