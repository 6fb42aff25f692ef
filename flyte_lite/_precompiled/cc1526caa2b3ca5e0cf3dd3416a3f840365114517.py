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
            f_id = ''
            f_metadata = None
            f_inputs = EMPTY_LIST
            f_upstream_node_ids = EMPTY_LIST
            f_output_aliases = EMPTY_LIST
            f_task_node = None
            f_workflow_node = None
            f_branch_node = None
            f_gate_node = None
            f_array_node = None
        else:
            f_id = base.id
            f_metadata = base.metadata
            f_inputs = base.inputs
            f_upstream_node_ids = base.upstream_node_ids
            f_output_aliases = base.output_aliases
            f_task_node = base.task_node
            f_workflow_node = base.workflow_node
            f_branch_node = base.branch_node
            f_gate_node = base.gate_node
            f_array_node = base.array_node
        g_target = None
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
                        f_id = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_id = v
                elif i == 1:
                    if v is None:
                        f_metadata = None
                    else:
                        f_metadata = load_metadata(v, depth, f_metadata)
                elif i == 2:
                    if v is None:
                        f_inputs = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_inputs(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_inputs = lst
                elif i == 3:
                    if v is None:
                        f_upstream_node_ids = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_upstream_node_ids = lst
                elif i == 4:
                    if v is None:
                        f_output_aliases = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_output_aliases(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_output_aliases = lst
                elif i == 5:
                    if v is None:
                        f_task_node = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_task_node = load_task_node(v, depth, f_task_node)
                        f_workflow_node = None
                        f_branch_node = None
                        f_gate_node = None
                        f_array_node = None
                elif i == 6:
                    if v is None:
                        f_workflow_node = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_workflow_node = load_workflow_node(v, depth, f_workflow_node)
                        f_task_node = None
                        f_branch_node = None
                        f_gate_node = None
                        f_array_node = None
                elif i == 7:
                    if v is None:
                        f_branch_node = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_branch_node = load_branch_node(v, depth, f_branch_node)
                        f_task_node = None
                        f_workflow_node = None
                        f_gate_node = None
                        f_array_node = None
                elif i == 8:
                    if v is None:
                        f_gate_node = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_gate_node = load_gate_node(v, depth, f_gate_node)
                        f_task_node = None
                        f_workflow_node = None
                        f_branch_node = None
                        f_array_node = None
                elif i == 9:
                    if v is None:
                        f_array_node = None
                    else:
                        if g_target is not None: _two_oneof('target', g_target, k)
                        g_target = k
                        f_array_node = load_array_node(v, depth, f_array_node)
                        f_task_node = None
                        f_workflow_node = None
                        f_branch_node = None
                        f_gate_node = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'metadata': f_metadata, 'inputs': f_inputs, 'upstream_node_ids': f_upstream_node_ids, 'output_aliases': f_output_aliases, 'task_node': f_task_node, 'workflow_node': f_workflow_node, 'branch_node': f_branch_node, 'gate_node': f_gate_node, 'array_node': f_array_node})
        return obj
