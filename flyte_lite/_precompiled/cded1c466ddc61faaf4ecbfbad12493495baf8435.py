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
            f_project = ''
            f_domain = ''
            f_limit = 0
            f_token = ''
            f_sort_by = None
            f_filters = ''
            f_org = ''
        else:
            f_project = base.project
            f_domain = base.domain
            f_limit = base.limit
            f_token = base.token
            f_sort_by = base.sort_by
            f_filters = base.filters
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
                        f_project = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_project = v
                elif i == 1:
                    if v is None:
                        f_domain = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_domain = v
                elif i == 2:
                    if v is None:
                        f_limit = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not 0 <= v <= 4294967295: _int_range_in(v, 'uint32')
                        f_limit = v
                elif i == 3:
                    if v is None:
                        f_token = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_token = v
                elif i == 4:
                    if v is None:
                        f_sort_by = None
                    else:
                        f_sort_by = load_sort_by(v, depth, f_sort_by)
                elif i == 5:
                    if v is None:
                        f_filters = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_filters = v
                elif i == 6:
                    if v is None:
                        f_org = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_org = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'project': f_project, 'domain': f_domain, 'limit': f_limit, 'token': f_token, 'sort_by': f_sort_by, 'filters': f_filters, 'org': f_org})
        return obj
