# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
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
        v = a['expected_inputs']
        try:
            if v is not None:
                if v.__class__ is not C_expected_inputs: v = _want_message(v, C_expected_inputs)
                x = dump_expected_inputs(v)
                out['expectedInputs'] = x
        except JSONError as exc:
            exc._enter('.expectedInputs')
            raise
        v = a['expected_outputs']
        try:
            if v is not None:
                if v.__class__ is not C_expected_outputs: v = _want_message(v, C_expected_outputs)
                x = dump_expected_outputs(v)
                out['expectedOutputs'] = x
        except JSONError as exc:
            exc._enter('.expectedOutputs')
            raise
        v = a['created_at']
        try:
            if v is not None:
                x = dump_created_at(v)
                out['createdAt'] = x
        except JSONError as exc:
            exc._enter('.createdAt')
            raise
        v = a['updated_at']
        try:
            if v is not None:
                x = dump_updated_at(v)
                out['updatedAt'] = x
        except JSONError as exc:
            exc._enter('.updatedAt')
            raise
        return out
