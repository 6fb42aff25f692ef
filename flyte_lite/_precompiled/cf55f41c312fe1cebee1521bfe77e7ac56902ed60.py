# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['group']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['group'] = x
        except JSONError as exc:
            exc._enter('.group')
            raise
        v = a['group_version']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['groupVersion'] = x
        except JSONError as exc:
            exc._enter('.groupVersion')
            raise
        v = a['key']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['key'] = x
        except JSONError as exc:
            exc._enter('.key')
            raise
        v = a['mount_requirement']
        try:
            if v:
                if v.__class__ is not E_mount_requirement and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_mount_requirement.get(v)
                if x is None: x = _enum_unknown(v)
                out['mountRequirement'] = x
            else:
                if v.__class__ is not E_mount_requirement and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.mountRequirement')
            raise
        v = a['env_var']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['envVar'] = x
        except JSONError as exc:
            exc._enter('.envVar')
            raise
        return out
