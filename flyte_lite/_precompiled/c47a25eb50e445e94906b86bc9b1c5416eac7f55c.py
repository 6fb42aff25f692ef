# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_node = None
            f_parallelism = None
            f_min_successes = None
            f_min_success_ratio = None
            f_execution_mode = D_execution_mode
            f_is_original_sub_node_interface = None
            f_data_mode = D_data_mode
            f_bound_inputs = EMPTY_LIST
            f_run_all_sub_nodes = False
        else:
            f_node = base.node
            f_parallelism = base.parallelism
            f_min_successes = base.min_successes
            f_min_success_ratio = base.min_success_ratio
            f_execution_mode = base.execution_mode
            f_is_original_sub_node_interface = base.is_original_sub_node_interface
            f_data_mode = base.data_mode
            f_bound_inputs = base.bound_inputs
            f_run_all_sub_nodes = base.run_all_sub_nodes
        g_parallelism_option = None
        g_success_criteria = None
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_node = None
                    else:
                        f_node = load_node(v, depth, f_node)
                elif i == 1:
                    if v is None:
                        f_parallelism = None
                    else:
                        if g_parallelism_option is not None: _two_oneof('parallelism_option', g_parallelism_option, k)
                        g_parallelism_option = k
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not 0 <= v <= 4294967295: _int_range_in(v, 'uint32')
                        f_parallelism = v
                elif i == 2:
                    if v is None:
                        f_min_successes = None
                    else:
                        if g_success_criteria is not None: _two_oneof('success_criteria', g_success_criteria, k)
                        g_success_criteria = k
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not 0 <= v <= 4294967295: _int_range_in(v, 'uint32')
                        f_min_successes = v
                        f_min_success_ratio = None
                elif i == 3:
                    if v is None:
                        f_min_success_ratio = None
                    else:
                        if g_success_criteria is not None: _two_oneof('success_criteria', g_success_criteria, k)
                        g_success_criteria = k
                        f_min_success_ratio = _float_in(v, True)
                        f_min_successes = None
                elif i == 4:
                    if v is None:
                        f_execution_mode = D_execution_mode
                    else:
                        n = BN_execution_mode.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_execution_mode, BV_execution_mode, EN_execution_mode, EXACT)
                        f_execution_mode = n
                elif i == 5:
                    if v is None:
                        f_is_original_sub_node_interface = None
                    else:
                        f_is_original_sub_node_interface = load_is_original_sub_node_interface(v, depth, f_is_original_sub_node_interface)
                elif i == 6:
                    if v is None:
                        f_data_mode = D_data_mode
                    else:
                        n = BN_data_mode.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_data_mode, BV_data_mode, EN_data_mode, EXACT)
                        f_data_mode = n
                elif i == 7:
                    if v is None:
                        f_bound_inputs = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                if e.__class__ is not str: e = _str_in(e)
                                elif not e.isascii(): _utf8_in(e)
                                x = e
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_bound_inputs = lst
                elif i == 8:
                    if v is None:
                        f_run_all_sub_nodes = False
                    else:
                        if v.__class__ is not bool: _bool_in(v)
                        f_run_all_sub_nodes = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'node': f_node, 'parallelism': f_parallelism, 'min_successes': f_min_successes, 'min_success_ratio': f_min_success_ratio, 'execution_mode': f_execution_mode, 'is_original_sub_node_interface': f_is_original_sub_node_interface, 'data_mode': f_data_mode, 'bound_inputs': f_bound_inputs, 'run_all_sub_nodes': f_run_all_sub_nodes})
        return obj
