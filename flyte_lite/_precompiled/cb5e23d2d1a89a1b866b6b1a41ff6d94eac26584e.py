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
            f_name = ''
            f_type = ''
            f_extant = None
            f_spec = None
            f_version = ''
        else:
            f_name = base.name
            f_type = base.type
            f_extant = base.extant
            f_spec = base.spec
            f_version = base.version
        g_environment = None
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
                        f_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_name = v
                elif i == 1:
                    if v is None:
                        f_type = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_type = v
                elif i == 2:
                    if v is None:
                        f_extant = None
                    else:
                        if g_environment is not None: _two_oneof('environment', g_environment, k)
                        g_environment = k
                        f_extant = load_extant(v, depth, f_extant)
                        f_spec = None
                elif i == 3:
                    if v is None:
                        f_spec = None
                    else:
                        if g_environment is not None: _two_oneof('environment', g_environment, k)
                        g_environment = k
                        f_spec = load_spec(v, depth, f_spec)
                        f_extant = None
                elif i == 4:
                    if v is None:
                        f_version = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_version = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'name': f_name, 'type': f_type, 'extant': f_extant, 'spec': f_spec, 'version': f_version})
        return obj
