# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_expr = 0
        v = a['conjunction']
        try:
            if v is not None:
                if v.__class__ is not C_conjunction: v = _want_message(v, C_conjunction)
                x = dump_conjunction(v)
                out['conjunction'] = x
                n_expr += 1
        except JSONError as exc:
            exc._enter('.conjunction')
            raise
        v = a['comparison']
        try:
            if v is not None:
                if v.__class__ is not C_comparison: v = _want_message(v, C_comparison)
                x = dump_comparison(v)
                out['comparison'] = x
                n_expr += 1
        except JSONError as exc:
            exc._enter('.comparison')
            raise
        if n_expr > 1: _two_members(m, 'expr', ['conjunction', 'comparison'])
        return out
