# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_reference = 0
        v = a['reference_id']
        try:
            if v is not None:
                if v.__class__ is not C_reference_id: v = _want_message(v, C_reference_id)
                x = dump_reference_id(v)
                out['referenceId'] = x
                n_reference += 1
        except JSONError as exc:
            exc._enter('.referenceId')
            raise
        v = a['overrides']
        try:
            if v is not None:
                if v.__class__ is not C_overrides: v = _want_message(v, C_overrides)
                x = dump_overrides(v)
                out['overrides'] = x
        except JSONError as exc:
            exc._enter('.overrides')
            raise
        if n_reference > 1: _two_members(m, 'reference', ['reference_id'])
        return out
