# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['id']
        try:
            if v is not None:
                if v.__class__ is not C_id: v = _want_message(v, C_id)
                x = dump_id(v)
                out['id'] = x
        except JSONError as exc:
            exc._enter('.id')
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
        return out
