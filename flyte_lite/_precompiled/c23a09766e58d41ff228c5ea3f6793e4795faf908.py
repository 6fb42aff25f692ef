# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_value = 0
        v = a['string_value']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['stringValue'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.stringValue')
            raise
        v = a['int_value']
        try:
            if v is not None:
                x = v if v.__class__ is int else _want_int(v, 'int32')
                if not -2147483648 <= x <= 2147483647: _out_of_range(x, 'int32')
                out['intValue'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.intValue')
            raise
        if n_value > 1: _two_members(m, 'value', ['string_value', 'int_value'])
        return out
