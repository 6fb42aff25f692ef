# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['resource_type']
        try:
            if v:
                if v.__class__ is not E_resource_type and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_resource_type.get(v)
                if x is None: x = _enum_unknown(v)
                out['resourceType'] = x
            else:
                if v.__class__ is not E_resource_type and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.resourceType')
            raise
        v = a['project']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['project'] = x
        except JSONError as exc:
            exc._enter('.project')
            raise
        v = a['domain']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['domain'] = x
        except JSONError as exc:
            exc._enter('.domain')
            raise
        v = a['name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = a['version']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['version'] = x
        except JSONError as exc:
            exc._enter('.version')
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
