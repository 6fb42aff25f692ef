# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['workflow_id']
        try:
            if v is not None:
                if v.__class__ is not C_workflow_id: v = _want_message(v, C_workflow_id)
                x = dump_workflow_id(v)
                out['workflowId'] = x
        except JSONError as exc:
            exc._enter('.workflowId')
            raise
        v = a['entity_metadata']
        try:
            if v is not None:
                if v.__class__ is not C_entity_metadata: v = _want_message(v, C_entity_metadata)
                x = dump_entity_metadata(v)
                out['entityMetadata'] = x
        except JSONError as exc:
            exc._enter('.entityMetadata')
            raise
        v = a['default_inputs']
        try:
            if v is not None:
                if v.__class__ is not C_default_inputs: v = _want_message(v, C_default_inputs)
                x = dump_default_inputs(v)
                out['defaultInputs'] = x
        except JSONError as exc:
            exc._enter('.defaultInputs')
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
        v = a['role']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['role'] = x
        except JSONError as exc:
            exc._enter('.role')
            raise
        v = a['labels']
        try:
            if v is not None:
                if v.__class__ is not C_labels: v = _want_message(v, C_labels)
                x = dump_labels(v)
                out['labels'] = x
        except JSONError as exc:
            exc._enter('.labels')
            raise
        v = a['annotations']
        try:
            if v is not None:
                if v.__class__ is not C_annotations: v = _want_message(v, C_annotations)
                x = dump_annotations(v)
                out['annotations'] = x
        except JSONError as exc:
            exc._enter('.annotations')
            raise
        v = a['auth']
        try:
            if v is not None:
                if v.__class__ is not C_auth: v = _want_message(v, C_auth)
                x = dump_auth(v)
                out['auth'] = x
        except JSONError as exc:
            exc._enter('.auth')
            raise
        v = a['auth_role']
        try:
            if v is not None:
                if v.__class__ is not C_auth_role: v = _want_message(v, C_auth_role)
                x = dump_auth_role(v)
                out['authRole'] = x
        except JSONError as exc:
            exc._enter('.authRole')
            raise
        v = a['security_context']
        try:
            if v is not None:
                if v.__class__ is not C_security_context: v = _want_message(v, C_security_context)
                x = dump_security_context(v)
                out['securityContext'] = x
        except JSONError as exc:
            exc._enter('.securityContext')
            raise
        v = a['quality_of_service']
        try:
            if v is not None:
                if v.__class__ is not C_quality_of_service: v = _want_message(v, C_quality_of_service)
                x = dump_quality_of_service(v)
                out['qualityOfService'] = x
        except JSONError as exc:
            exc._enter('.qualityOfService')
            raise
        v = a['raw_output_data_config']
        try:
            if v is not None:
                if v.__class__ is not C_raw_output_data_config: v = _want_message(v, C_raw_output_data_config)
                x = dump_raw_output_data_config(v)
                out['rawOutputDataConfig'] = x
        except JSONError as exc:
            exc._enter('.rawOutputDataConfig')
            raise
        v = a['max_parallelism']
        try:
            if v.__class__ is not int: v = _want_int(v, 'int32')
            if v:
                x = v if v.__class__ is int else _want_int(v, 'int32')
                if not -2147483648 <= x <= 2147483647: _out_of_range(x, 'int32')
                out['maxParallelism'] = x
        except JSONError as exc:
            exc._enter('.maxParallelism')
            raise
        v = a['interruptible']
        try:
            if v is not None:
                x = dump_interruptible(v)
                out['interruptible'] = x
        except JSONError as exc:
            exc._enter('.interruptible')
            raise
        v = a['overwrite_cache']
        try:
            if v.__class__ is not bool: v = _want_bool(v)
            if v:
                x = v if v.__class__ is bool else _want_bool(v)
                out['overwriteCache'] = x
        except JSONError as exc:
            exc._enter('.overwriteCache')
            raise
        v = a['envs']
        try:
            if v is not None:
                if v.__class__ is not C_envs: v = _want_message(v, C_envs)
                x = dump_envs(v)
                out['envs'] = x
        except JSONError as exc:
            exc._enter('.envs')
            raise
        v = a['execution_env_assignments']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_execution_env_assignments: e = _want_message(e, C_execution_env_assignments)
                        x = dump_execution_env_assignments(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['executionEnvAssignments'] = lst
        except JSONError as exc:
            exc._enter('.executionEnvAssignments')
            raise
        v = a['cluster_assignment']
        try:
            if v is not None:
                if v.__class__ is not C_cluster_assignment: v = _want_message(v, C_cluster_assignment)
                x = dump_cluster_assignment(v)
                out['clusterAssignment'] = x
        except JSONError as exc:
            exc._enter('.clusterAssignment')
            raise
        v = a['concurrency_policy']
        try:
            if v is not None:
                if v.__class__ is not C_concurrency_policy: v = _want_message(v, C_concurrency_policy)
                x = dump_concurrency_policy(v)
                out['concurrencyPolicy'] = x
        except JSONError as exc:
            exc._enter('.concurrencyPolicy')
            raise
        return out
