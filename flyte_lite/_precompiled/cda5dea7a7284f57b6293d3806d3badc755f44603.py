# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_type = 0
        v = a['phases']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not E_phases and e.__class__ is not int: e = _want_int(e, 'enum')
                        x = N_phases.get(e)
                        if x is None: x = _enum_unknown(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['phases'] = lst
        except JSONError as exc:
            exc._enter('.phases')
            raise
        v = a['email']
        try:
            if v is not None:
                if v.__class__ is not C_email: v = _want_message(v, C_email)
                x = dump_email(v)
                out['email'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.email')
            raise
        v = a['pager_duty']
        try:
            if v is not None:
                if v.__class__ is not C_pager_duty: v = _want_message(v, C_pager_duty)
                x = dump_pager_duty(v)
                out['pagerDuty'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.pagerDuty')
            raise
        v = a['slack']
        try:
            if v is not None:
                if v.__class__ is not C_slack: v = _want_message(v, C_slack)
                x = dump_slack(v)
                out['slack'] = x
                n_type += 1
        except JSONError as exc:
            exc._enter('.slack')
            raise
        if n_type > 1: _two_members(m, 'type', ['email', 'pager_duty', 'slack'])
        return out
