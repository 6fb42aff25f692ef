# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['inputs']
        try:
            if v is not None:
                if v.__class__ is not C_inputs: v = _want_message(v, C_inputs)
                x = dump_inputs(v)
                out['inputs'] = x
        except JSONError as exc:
            exc._enter('.inputs')
            raise
        v = a['outputs']
        try:
            if v is not None:
                if v.__class__ is not C_outputs: v = _want_message(v, C_outputs)
                x = dump_outputs(v)
                out['outputs'] = x
        except JSONError as exc:
            exc._enter('.outputs')
            raise
        return out
