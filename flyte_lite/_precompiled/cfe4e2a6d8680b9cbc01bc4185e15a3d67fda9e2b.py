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
            f_mount_path = ''
            f_mount_name = ''
            f_size_limit = ''
        else:
            f_mount_path = base.mount_path
            f_mount_name = base.mount_name
            f_size_limit = base.size_limit
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
                        f_mount_path = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_mount_path = v
                elif i == 1:
                    if v is None:
                        f_mount_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_mount_name = v
                elif i == 2:
                    if v is None:
                        f_size_limit = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_size_limit = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'mount_path': f_mount_path, 'mount_name': f_mount_name, 'size_limit': f_size_limit})
        return obj
