# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_group = ''
            f_group_version = ''
            f_key = ''
            f_mount_requirement = D_mount_requirement
            f_env_var = ''
        else:
            f_group = base.group
            f_group_version = base.group_version
            f_key = base.key
            f_mount_requirement = base.mount_requirement
            f_env_var = base.env_var
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_group = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_group = v
                elif i == 1:
                    if v is None:
                        f_group_version = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_group_version = v
                elif i == 2:
                    if v is None:
                        f_key = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_key = v
                elif i == 3:
                    if v is None:
                        f_mount_requirement = D_mount_requirement
                    else:
                        n = BN_mount_requirement.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_mount_requirement, BV_mount_requirement, EN_mount_requirement, EXACT)
                        f_mount_requirement = n
                elif i == 4:
                    if v is None:
                        f_env_var = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_env_var = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'group': f_group, 'group_version': f_group_version, 'key': f_key, 'mount_requirement': f_mount_requirement, 'env_var': f_env_var})
        return obj
