# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        out = {}
        n_environment = 0
        v = m.name
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = m.type
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['type'] = x
        except JSONError as exc:
            exc._enter('.type')
            raise
        v = m.extant
        try:
            if v is not None:
                x = dump_extant(v)
                out['extant'] = x
                n_environment += 1
        except JSONError as exc:
            exc._enter('.extant')
            raise
        v = m.spec
        try:
            if v is not None:
                x = dump_spec(v)
                out['spec'] = x
                n_environment += 1
        except JSONError as exc:
            exc._enter('.spec')
            raise
        v = m.version
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
