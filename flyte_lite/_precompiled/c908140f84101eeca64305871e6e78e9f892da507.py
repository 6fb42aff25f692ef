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
            f_phases = EMPTY_LIST
            f_email = None
            f_pager_duty = None
            f_slack = None
        else:
            f_phases = base.phases
            f_email = base.email
            f_pager_duty = base.pager_duty
            f_slack = base.slack
        g_type = None
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
                        f_phases = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                n = BN_phases.get(e) if e.__class__ is str else None
                                if n is None: n = _enum_in(e, BN_phases, BV_phases, EN_phases, EXACT)
                                x = n
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_phases = lst
                elif i == 1:
                    if v is None:
                        f_email = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_email = load_email(v, depth, f_email)
                        f_pager_duty = None
                        f_slack = None
                elif i == 2:
                    if v is None:
                        f_pager_duty = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_pager_duty = load_pager_duty(v, depth, f_pager_duty)
                        f_email = None
                        f_slack = None
                elif i == 3:
                    if v is None:
                        f_slack = None
                    else:
                        if g_type is not None: _two_oneof('type', g_type, k)
                        g_type = k
                        f_slack = load_slack(v, depth, f_slack)
                        f_email = None
                        f_pager_duty = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'phases': f_phases, 'email': f_email, 'pager_duty': f_pager_duty, 'slack': f_slack})
        return obj
