# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_target = 0
        v = a['id']
        try:
            if v is not None:
                if v.__class__ is not C_id: v = _want_message(v, C_id)
                x = dump_id(v)
                out['id'] = x
        except JSONError as exc:
            exc._enter('.id')
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
        v = a['metadata']
        try:
            if v is not None:
                if v.__class__ is not C_metadata: v = _want_message(v, C_metadata)
                x = dump_metadata(v)
                out['metadata'] = x
        except JSONError as exc:
            exc._enter('.metadata')
            raise
        v = a['interface']
        try:
            if v is not None:
                if v.__class__ is not C_interface: v = _want_message(v, C_interface)
                x = dump_interface(v)
                out['interface'] = x
        except JSONError as exc:
            exc._enter('.interface')
            raise
        v = a['custom']
        try:
            if v is not None:
                x = dump_custom(v)
                out['custom'] = x
        except JSONError as exc:
            exc._enter('.custom')
            raise
        v = a['container']
        try:
            if v is not None:
                if v.__class__ is not C_container: v = _want_message(v, C_container)
                x = dump_container(v)
                out['container'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.container')
            raise
        v = a['task_type_version']
        try:
            if v.__class__ is not int: v = _want_int(v, 'int32')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'int32')
                if not -2147483648 <= x <= 2147483647: _out_of_range(x, 'int32')
                out['taskTypeVersion'] = x
        except JSONError as exc:
            exc._enter('.taskTypeVersion')
            raise
        v = a['security_context']
        try:
            if v is not None:
                if v.__class__ is not C_security_context: v = _want_message(v, C_security_context)
                x = dump_security_context(v)
                out['securityContext'] = x
        except JSONError as exc:
            exc._enter('.securityContext')
            raise
        v = a['extended_resources']
        try:
            if v is not None:
                if v.__class__ is not C_extended_resources: v = _want_message(v, C_extended_resources)
                x = dump_extended_resources(v)
                out['extendedResources'] = x
        except JSONError as exc:
            exc._enter('.extendedResources')
            raise
        v = a['config']
        try:
            if v.__class__ is not FD and v.__class__ is not dict: v = _want_dict(v)
            if v:
                d_ = {}
                for k, e in v.items():
                    try:
                        kk = k if k.__class__ is str else _want_str(k)
                        x = e if e.__class__ is str else _want_str(e)
                    except JSONError as exc:
                        exc._enter(_key_segment(k))
                        raise
                    d_[kk] = x
                out['config'] = d_
        except JSONError as exc:
            exc._enter('.config')
            raise
        v = a['k8s_pod']
        try:
            if v is not None:
                if v.__class__ is not C_k8s_pod: v = _want_message(v, C_k8s_pod)
                x = dump_k8s_pod(v)
                out['k8sPod'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.k8sPod')
            raise
        v = a['sql']
        try:
            if v is not None:
                if v.__class__ is not C_sql: v = _want_message(v, C_sql)
                x = dump_sql(v)
                out['sql'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.sql')
            raise
        if n_target > 1: _two_members(m, 'target', ['container', 'k8s_pod', 'sql'])
        return out
