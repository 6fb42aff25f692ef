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
            f_id = ''
            f_name = ''
            f_domains = EMPTY_LIST
            f_description = ''
            f_labels = None
            f_state = D_state
            f_org = ''
        else:
            f_id = base.id
            f_name = base.name
            f_domains = base.domains
            f_description = base.description
            f_labels = base.labels
            f_state = base.state
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
                        f_id = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_id = v
                elif i == 1:
                    if v is None:
                        f_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_name = v
                elif i == 2:
                    if v is None:
                        f_domains = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_domains(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_domains = lst
                elif i == 3:
                    if v is None:
                        f_description = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_description = v
                elif i == 4:
                    if v is None:
                        f_labels = None
                    else:
                        f_labels = load_labels(v, depth, f_labels)
                elif i == 5:
                    if v is None:
                        f_state = D_state
                    else:
                        n = BN_state.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_state, BV_state, EN_state, EXACT)
                        f_state = n
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
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'name': f_name, 'domains': f_domains, 'description': f_description, 'labels': f_labels, 'state': f_state, 'org': f_org})
        return obj
