# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_parallelism_option = 0
        n_success_criteria = 0
        v = a['node']
        try:
            if v is not None:
                if v.__class__ is not C_node: v = _want_message(v, C_node)
                x = dump_node(v)
                out['node'] = x
        except JSONError as exc:
            exc._enter('.node')
            raise
        v = a['parallelism']
        try:
            if v is not None:
                x = v if v.__class__ is int else _want_int(v, 'uint32')
                if not 0 <= x <= 4294967295: _out_of_range(x, 'uint32')
                out['parallelism'] = x
                n_parallelism_option += 1
        except JSONError as exc:
            exc._enter('.parallelism')
            raise
        v = a['min_successes']
        try:
            if v is not None:
                x = v if v.__class__ is int else _want_int(v, 'uint32')
                if not 0 <= x <= 4294967295: _out_of_range(x, 'uint32')
                out['minSuccesses'] = x
                n_success_criteria += 1
        except JSONError as exc:
            exc._enter('.minSuccesses')
            raise
        v = a['min_success_ratio']
        try:
            if v is not None:
                x = _float_json(v, None)
                out['minSuccessRatio'] = x
                n_success_criteria += 1
        except JSONError as exc:
            exc._enter('.minSuccessRatio')
            raise
        v = a['execution_mode']
        try:
            if v:
                if v.__class__ is not E_execution_mode and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_execution_mode.get(v)
                if x is None: x = _enum_unknown(v)
                out['executionMode'] = x
            else:
                if v.__class__ is not E_execution_mode and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.executionMode')
            raise
        v = a['is_original_sub_node_interface']
        try:
            if v is not None:
                x = dump_is_original_sub_node_interface(v)
                out['isOriginalSubNodeInterface'] = x
        except JSONError as exc:
            exc._enter('.isOriginalSubNodeInterface')
            raise
        v = a['data_mode']
        try:
            if v:
                if v.__class__ is not E_data_mode and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_data_mode.get(v)
                if x is None: x = _enum_unknown(v)
                out['dataMode'] = x
            else:
                if v.__class__ is not E_data_mode and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.dataMode')
            raise
        v = a['bound_inputs']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        x = e if e.__class__ is str else _want_str(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['boundInputs'] = lst
        except JSONError as exc:
            exc._enter('.boundInputs')
            raise
        v = a['run_all_sub_nodes']
        try:
            if v.__class__ is not bool: v = _want_bool(v)
            if v:
                x = v if v.__class__ is bool else _want_bool(v)
                out['runAllSubNodes'] = x
        except JSONError as exc:
            exc._enter('.runAllSubNodes')
            raise
        if n_parallelism_option > 1: _two_members(m, 'parallelism_option', ['parallelism'])
        if n_success_criteria > 1: _two_members(m, 'success_criteria', ['min_successes', 'min_success_ratio'])
        return out
