# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_designation = 0
        v = a['tier']
        try:
            if v is not None:
                if v.__class__ is not E_tier and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_tier.get(v)
                if x is None: x = _enum_unknown(v)
                out['tier'] = x
                n_designation += 1
        except JSONError as exc:
            exc._enter('.tier')
            raise
        v = a['spec']
        try:
            if v is not None:
                if v.__class__ is not C_spec: v = _want_message(v, C_spec)
                x = dump_spec(v)
                out['spec'] = x
                n_designation += 1
        except JSONError as exc:
            exc._enter('.spec')
            raise
        if n_designation > 1: _two_members(m, 'designation', ['tier', 'spec'])
        return out
