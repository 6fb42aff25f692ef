# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['value']
        try:
            if v is not None:
                if v.__class__ is not C_value: v = _want_message(v, C_value)
                x = dump_value(v)
                out['value'] = x
        except JSONError as exc:
            exc._enter('.value')
            raise
        v = a['granularity']
        try:
            if v:
                if v.__class__ is not E_granularity and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_granularity.get(v)
                if x is None: x = _enum_unknown(v)
                out['granularity'] = x
            else:
                if v.__class__ is not E_granularity and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.granularity')
            raise
        return out
