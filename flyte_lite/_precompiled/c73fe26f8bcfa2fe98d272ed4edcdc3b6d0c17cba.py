# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['run_as']
        try:
            if v is not None:
                if v.__class__ is not C_run_as: v = _want_message(v, C_run_as)
                x = dump_run_as(v)
                out['runAs'] = x
        except JSONError as exc:
            exc._enter('.runAs')
            raise
        v = a['secrets']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_secrets: e = _want_message(e, C_secrets)
                        x = dump_secrets(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['secrets'] = lst
        except JSONError as exc:
            exc._enter('.secrets')
            raise
        v = a['tokens']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_tokens: e = _want_message(e, C_tokens)
                        x = dump_tokens(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['tokens'] = lst
        except JSONError as exc:
            exc._enter('.tokens')
            raise
        return out
