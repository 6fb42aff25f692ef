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
            f_id = None
            f_type = ''
            f_metadata = None
            f_interface = None
            f_custom = None
            f_container = None
            f_task_type_version = 0
            f_security_context = None
            f_extended_resources = None
            f_config = EMPTY_DICT
            f_k8s_pod = None
            f_sql = None
        else:
            f_id = base.id
            f_type = base.type
            f_metadata = base.metadata
            f_interface = base.interface
            f_custom = base.custom
            f_container = base.container
            f_task_type_version = base.task_type_version
            f_security_context = base.security_context
            f_extended_resources = base.extended_resources
            f_config = base.config
            f_k8s_pod = base.k8s_pod
            f_sql = base.sql
        g_target = None
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
                        f_id = None
                    else:
                        f_id = load_id(v, depth, f_id)
                elif i == 1:
                    if v is None:
                        f_type = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_type = v
                elif i == 2:
                    if v is None:
                        f_metadata = None
                    else:
                        f_metadata = load_metadata(v, depth, f_metadata)
                elif i == 3:
                    if v is None:
                        f_interface = None
                    else:
                        f_interface = load_interface(v, depth, f_interface)
                elif i == 4:
                    if v is None:
                        f_custom = None
                    else:
                        f_custom = load_custom(v, depth, f_custom)
                elif i == 5:
                    if v is None:
                        f_container = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_container = load_container(v, depth, f_container)
                        f_k8s_pod = None
                        f_sql = None
                elif i == 6:
                    if v is None:
                        f_task_type_version = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not -2147483648 <= v <= 2147483647: _int_range_in(v, 'int32')
                        f_task_type_version = v
                elif i == 7:
                    if v is None:
                        f_security_context = None
                    else:
                        f_security_context = load_security_context(v, depth, f_security_context)
                elif i == 8:
                    if v is None:
                        f_extended_resources = None
                    else:
                        f_extended_resources = load_extended_resources(v, depth, f_extended_resources)
                elif i == 9:
                    if v is None:
                        f_config = EMPTY_DICT
                    else:
                        if v.__class__ is not dict: v = _map_in(v)
                        d = FD()
                        for kk, e in v.items():
                            try:
                                if kk.__class__ is not str: kk = _str_in(kk)
                                key = kk
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _set_item(d, key, x)
                            except JSONError as exc:
                                exc._enter(_key_segment(kk))
                                raise
                        f_config = d
                elif i == 10:
                    if v is None:
                        f_k8s_pod = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_k8s_pod = load_k8s_pod(v, depth, f_k8s_pod)
                        f_container = None
                        f_sql = None
                elif i == 11:
                    if v is None:
                        f_sql = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_sql = load_sql(v, depth, f_sql)
                        f_container = None
                        f_k8s_pod = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'type': f_type, 'metadata': f_metadata, 'interface': f_interface, 'custom': f_custom, 'container': f_container, 'task_type_version': f_task_type_version, 'security_context': f_security_context, 'extended_resources': f_extended_resources, 'config': f_config, 'k8s_pod': f_k8s_pod, 'sql': f_sql})
        return obj
