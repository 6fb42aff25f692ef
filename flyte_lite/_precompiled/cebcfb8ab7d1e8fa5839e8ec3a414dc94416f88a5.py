# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_condition = 0
        v = a['approve']
        try:
            if v is not None:
                if v.__class__ is not C_approve: v = _want_message(v, C_approve)
                x = dump_approve(v)
                out['approve'] = x
                n_condition += 1
        except JSONError as exc:
            exc._enter('.approve')
            raise
        v = a['signal']
        try:
            if v is not None:
                if v.__class__ is not C_signal: v = _want_message(v, C_signal)
                x = dump_signal(v)
                out['signal'] = x
                n_condition += 1
        except JSONError as exc:
            exc._enter('.signal')
            raise
        v = a['sleep']
        try:
            if v is not None:
                if v.__class__ is not C_sleep: v = _want_message(v, C_sleep)
                x = dump_sleep(v)
                out['sleep'] = x
                n_condition += 1
        except JSONError as exc:
            exc._enter('.sleep')
            raise
        if n_condition > 1: _two_members(m, 'condition', ['approve', 'signal', 'sleep'])
        return out
