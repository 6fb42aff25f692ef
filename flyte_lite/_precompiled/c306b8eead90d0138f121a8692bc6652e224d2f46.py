# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_environment = 0
        v = a['name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = a['type']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['type'] = x
        except JSONError as exc:
            exc._enter('.type')
            raise
        v = a['extant']
        try:
            if v is not None:
                x = dump_extant(v)
                out['extant'] = x
                n_environment += 1
        except JSONError as exc:
            exc._enter('.extant')
            raise
        v = a['spec']
        try:
            if v is not None:
                x = dump_spec(v)
                out['spec'] = x
                n_environment += 1
        except JSONError as exc:
            exc._enter('.spec')
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
        if n_environment > 1: _two_members(m, 'environment', ['extant', 'spec'])
        return out
