# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_target = 0
        v = a['id']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['id'] = x
        except JSONError as exc:
            exc._enter('.id')
            raise
        v = a['metadata']
        try:
            if v is not None:
                if v.__class__ is not C_metadata: v = _want_message(v, C_metadata)
                x = dump_metadata(v)
                out['metadata'] = x
        except JSONError as exc:
            exc._enter('.metadata')
            raise
        v = a['inputs']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_inputs: e = _want_message(e, C_inputs)
                        x = dump_inputs(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['inputs'] = lst
        except JSONError as exc:
            exc._enter('.inputs')
            raise
        v = a['upstream_node_ids']
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
                out['upstreamNodeIds'] = lst
        except JSONError as exc:
            exc._enter('.upstreamNodeIds')
            raise
        v = a['output_aliases']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_output_aliases: e = _want_message(e, C_output_aliases)
                        x = dump_output_aliases(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['outputAliases'] = lst
        except JSONError as exc:
            exc._enter('.outputAliases')
            raise
        v = a['task_node']
        try:
            if v is not None:
                if v.__class__ is not C_task_node: v = _want_message(v, C_task_node)
                x = dump_task_node(v)
                out['taskNode'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.taskNode')
            raise
        v = a['workflow_node']
        try:
            if v is not None:
                if v.__class__ is not C_workflow_node: v = _want_message(v, C_workflow_node)
                x = dump_workflow_node(v)
                out['workflowNode'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.workflowNode')
            raise
        v = a['branch_node']
        try:
            if v is not None:
                if v.__class__ is not C_branch_node: v = _want_message(v, C_branch_node)
                x = dump_branch_node(v)
                out['branchNode'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.branchNode')
            raise
        v = a['gate_node']
        try:
            if v is not None:
                if v.__class__ is not C_gate_node: v = _want_message(v, C_gate_node)
                x = dump_gate_node(v)
                out['gateNode'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.gateNode')
            raise
        v = a['array_node']
        try:
            if v is not None:
                if v.__class__ is not C_array_node: v = _want_message(v, C_array_node)
                x = dump_array_node(v)
                out['arrayNode'] = x
                n_target += 1
        except JSONError as exc:
            exc._enter('.arrayNode')
            raise
        if n_target > 1: _two_members(m, 'target', ['task_node', 'workflow_node', 'branch_node', 'gate_node', 'array_node'])
        return out
