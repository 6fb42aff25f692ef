# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_content = 0
        v = a['value']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['value'] = x
                n_content += 1
        except JSONError as exc:
            exc._enter('.value')
            raise
        v = a['uri']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['uri'] = x
                n_content += 1
        except JSONError as exc:
            exc._enter('.uri')
            raise
        v = a['format']
        try:
            if v:
                if v.__class__ is not E_format and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_format.get(v)
                if x is None: x = _enum_unknown(v)
                out['format'] = x
            else:
                if v.__class__ is not E_format and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.format')
            raise
        v = a['icon_link']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['iconLink'] = x
        except JSONError as exc:
            exc._enter('.iconLink')
            raise
        if n_content > 1: _two_members(m, 'content', ['value', 'uri'])
        return out
