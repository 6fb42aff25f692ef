# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['id']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['id'] = x
        except JSONError as exc:
            exc._enter('.id')
            raise
        v = a['name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = a['domains']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_domains: e = _want_message(e, C_domains)
                        x = dump_domains(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['domains'] = lst
        except JSONError as exc:
            exc._enter('.domains')
            raise
        v = a['description']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['description'] = x
        except JSONError as exc:
            exc._enter('.description')
            raise
        v = a['labels']
        try:
            if v is not None:
                if v.__class__ is not C_labels: v = _want_message(v, C_labels)
                x = dump_labels(v)
                out['labels'] = x
        except JSONError as exc:
            exc._enter('.labels')
            raise
        v = a['state']
        try:
            if v:
                if v.__class__ is not E_state and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_state.get(v)
                if x is None: x = _enum_unknown(v)
                out['state'] = x
            else:
                if v.__class__ is not E_state and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.state')
            raise
        v = a['org']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['org'] = x
        except JSONError as exc:
            exc._enter('.org')
            raise
        return out
