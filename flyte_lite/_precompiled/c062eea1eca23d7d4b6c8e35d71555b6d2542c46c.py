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
        v = a['interface']
        try:
            if v is not None:
                if v.__class__ is not C_interface: v = _want_message(v, C_interface)
                x = dump_interface(v)
                out['interface'] = x
        except JSONError as exc:
            exc._enter('.interface')
            raise
        v = a['fixed_inputs']
        try:
            if v is not None:
                if v.__class__ is not C_fixed_inputs: v = _want_message(v, C_fixed_inputs)
                x = dump_fixed_inputs(v)
                out['fixedInputs'] = x
        except JSONError as exc:
            exc._enter('.fixedInputs')
            raise
        return out
