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
            f_workflow_id = None
            f_entity_metadata = None
            f_default_inputs = None
            f_fixed_inputs = None
            f_role = ''
            f_labels = None
            f_annotations = None
            f_auth = None
            f_auth_role = None
            f_security_context = None
            f_quality_of_service = None
            f_raw_output_data_config = None
            f_max_parallelism = 0
            f_interruptible = None
            f_overwrite_cache = False
            f_envs = None
            f_execution_env_assignments = EMPTY_LIST
            f_cluster_assignment = None
            f_concurrency_policy = None
        else:
            f_workflow_id = base.workflow_id
            f_entity_metadata = base.entity_metadata
            f_default_inputs = base.default_inputs
            f_fixed_inputs = base.fixed_inputs
            f_role = base.role
            f_labels = base.labels
            f_annotations = base.annotations
            f_auth = base.auth
            f_auth_role = base.auth_role
            f_security_context = base.security_context
            f_quality_of_service = base.quality_of_service
            f_raw_output_data_config = base.raw_output_data_config
            f_max_parallelism = base.max_parallelism
            f_interruptible = base.interruptible
            f_overwrite_cache = base.overwrite_cache
            f_envs = base.envs
            f_execution_env_assignments = base.execution_env_assignments
            f_cluster_assignment = base.cluster_assignment
            f_concurrency_policy = base.concurrency_policy
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
                        f_workflow_id = None
                    else:
                        f_workflow_id = load_workflow_id(v, depth, f_workflow_id)
                elif i == 1:
                    if v is None:
                        f_entity_metadata = None
                    else:
                        f_entity_metadata = load_entity_metadata(v, depth, f_entity_metadata)
                elif i == 2:
                    if v is None:
                        f_default_inputs = None
                    else:
                        f_default_inputs = load_default_inputs(v, depth, f_default_inputs)
                elif i == 3:
                    if v is None:
                        f_fixed_inputs = None
                    else:
                        f_fixed_inputs = load_fixed_inputs(v, depth, f_fixed_inputs)
                elif i == 4:
                    if v is None:
                        f_role = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_role = v
                elif i == 5:
                    if v is None:
                        f_labels = None
                    else:
                        f_labels = load_labels(v, depth, f_labels)
                elif i == 6:
                    if v is None:
                        f_annotations = None
                    else:
                        f_annotations = load_annotations(v, depth, f_annotations)
                elif i == 7:
                    if v is None:
                        f_auth = None
                    else:
                        f_auth = load_auth(v, depth, f_auth)
                elif i == 8:
                    if v is None:
                        f_auth_role = None
                    else:
                        f_auth_role = load_auth_role(v, depth, f_auth_role)
                elif i == 9:
                    if v is None:
                        f_security_context = None
                    else:
                        f_security_context = load_security_context(v, depth, f_security_context)
                elif i == 10:
                    if v is None:
                        f_quality_of_service = None
                    else:
                        f_quality_of_service = load_quality_of_service(v, depth, f_quality_of_service)
                elif i == 11:
                    if v is None:
                        f_raw_output_data_config = None
                    else:
                        f_raw_output_data_config = load_raw_output_data_config(v, depth, f_raw_output_data_config)
                elif i == 12:
                    if v is None:
                        f_max_parallelism = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not -2147483648 <= v <= 2147483647: _int_range_in(v, 'int32')
                        f_max_parallelism = v
                elif i == 13:
                    if v is None:
                        f_interruptible = None
                    else:
                        f_interruptible = load_interruptible(v, depth, f_interruptible)
                elif i == 14:
                    if v is None:
                        f_overwrite_cache = False
                    else:
                        if v.__class__ is not bool: _bool_in(v)
                        f_overwrite_cache = v
                elif i == 15:
                    if v is None:
                        f_envs = None
                    else:
                        f_envs = load_envs(v, depth, f_envs)
                elif i == 16:
                    if v is None:
                        f_execution_env_assignments = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_execution_env_assignments(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_execution_env_assignments = lst
                elif i == 17:
                    if v is None:
                        f_cluster_assignment = None
                    else:
                        f_cluster_assignment = load_cluster_assignment(v, depth, f_cluster_assignment)
                elif i == 18:
                    if v is None:
                        f_concurrency_policy = None
                    else:
                        f_concurrency_policy = load_concurrency_policy(v, depth, f_concurrency_policy)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'workflow_id': f_workflow_id, 'entity_metadata': f_entity_metadata, 'default_inputs': f_default_inputs, 'fixed_inputs': f_fixed_inputs, 'role': f_role, 'labels': f_labels, 'annotations': f_annotations, 'auth': f_auth, 'auth_role': f_auth_role, 'security_context': f_security_context, 'quality_of_service': f_quality_of_service, 'raw_output_data_config': f_raw_output_data_config, 'max_parallelism': f_max_parallelism, 'interruptible': f_interruptible, 'overwrite_cache': f_overwrite_cache, 'envs': f_envs, 'execution_env_assignments': f_execution_env_assignments, 'cluster_assignment': f_cluster_assignment, 'concurrency_policy': f_concurrency_policy})
        return obj
