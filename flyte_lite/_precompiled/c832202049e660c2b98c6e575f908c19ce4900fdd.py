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
            f_resource_type = D_resource_type
            f_project = ''
            f_domain = ''
            f_name = ''
            f_version = ''
            f_org = ''
        else:
            f_resource_type = base.resource_type
            f_project = base.project
            f_domain = base.domain
            f_name = base.name
            f_version = base.version
            f_org = base.org
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
                        f_resource_type = D_resource_type
                    else:
                        n = BN_resource_type.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_resource_type, BV_resource_type, EN_resource_type, EXACT)
                        f_resource_type = n
                elif i == 1:
                    if v is None:
                        f_project = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_project = v
                elif i == 2:
                    if v is None:
                        f_domain = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_domain = v
                elif i == 3:
                    if v is None:
                        f_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_name = v
                elif i == 4:
                    if v is None:
                        f_version = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_version = v
                elif i == 5:
                    if v is None:
                        f_org = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_org = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'resource_type': f_resource_type, 'project': f_project, 'domain': f_domain, 'name': f_name, 'version': f_version, 'org': f_org})
        return obj
