# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_val = 0
        v = a['primitive']
        try:
            if v is not None:
                if v.__class__ is not C_primitive: v = _want_message(v, C_primitive)
                x = dump_primitive(v)
                out['primitive'] = x
                n_val += 1
        except JSONError as exc:
            exc._enter('.primitive')
            raise
        v = a['var']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['var'] = x
                n_val += 1
        except JSONError as exc:
            exc._enter('.var')
            raise
        v = a['scalar']
        try:
            if v is not None:
                if v.__class__ is not C_scalar: v = _want_message(v, C_scalar)
                x = dump_scalar(v)
                out['scalar'] = x
                n_val += 1
        except JSONError as exc:
            exc._enter('.scalar')
            raise
        if n_val > 1: _two_members(m, 'val', ['primitive', 'var', 'scalar'])
        return out
