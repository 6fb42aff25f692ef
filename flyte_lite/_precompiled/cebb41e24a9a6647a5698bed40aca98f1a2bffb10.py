# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_value = 0
        v = a['static_value']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['staticValue'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.staticValue')
            raise
        v = a['time_value']
        try:
            if v is not None:
                x = dump_time_value(v)
                out['timeValue'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.timeValue')
            raise
        v = a['triggered_binding']
        try:
            if v is not None:
                if v.__class__ is not C_triggered_binding: v = _want_message(v, C_triggered_binding)
                x = dump_triggered_binding(v)
                out['triggeredBinding'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.triggeredBinding')
            raise
        v = a['input_binding']
        try:
            if v is not None:
                if v.__class__ is not C_input_binding: v = _want_message(v, C_input_binding)
                x = dump_input_binding(v)
                out['inputBinding'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.inputBinding')
            raise
        v = a['runtime_binding']
        try:
            if v is not None:
                if v.__class__ is not C_runtime_binding: v = _want_message(v, C_runtime_binding)
                x = dump_runtime_binding(v)
                out['runtimeBinding'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.runtimeBinding')
            raise
        if n_value > 1: _two_members(m, 'value', ['static_value', 'time_value', 'triggered_binding', 'input_binding', 'runtime_binding'])
        return out
