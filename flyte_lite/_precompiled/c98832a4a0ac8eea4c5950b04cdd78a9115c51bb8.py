# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'workflow_id'
            v = a['workflow_id']
            if v is not None:
                if v.__class__ is not C_workflow_id and not isinstance(v, C_workflow_id):
                    raise TypeError
                out += T_workflow_id
                at = len(out)
                out.append(0)
                enc_workflow_id(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'entity_metadata'
            v = a['entity_metadata']
            if v is not None:
                if v.__class__ is not C_entity_metadata and not isinstance(v, C_entity_metadata):
                    raise TypeError
                out += T_entity_metadata
                at = len(out)
                out.append(0)
                enc_entity_metadata(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'default_inputs'
            v = a['default_inputs']
            if v is not None:
                if v.__class__ is not C_default_inputs and not isinstance(v, C_default_inputs):
                    raise TypeError
                out += T_default_inputs
                at = len(out)
                out.append(0)
                enc_default_inputs(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'fixed_inputs'
            v = a['fixed_inputs']
            if v is not None:
                if v.__class__ is not C_fixed_inputs and not isinstance(v, C_fixed_inputs):
                    raise TypeError
                out += T_fixed_inputs
                at = len(out)
                out.append(0)
                enc_fixed_inputs(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'role'
            v = a['role']
            if v:
                b = v.encode()
                n = len(b)
                out += T_role
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'labels'
            v = a['labels']
            if v is not None:
                if v.__class__ is not C_labels and not isinstance(v, C_labels):
                    raise TypeError
                out += T_labels
                at = len(out)
                out.append(0)
                enc_labels(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'annotations'
            v = a['annotations']
            if v is not None:
                if v.__class__ is not C_annotations and not isinstance(v, C_annotations):
                    raise TypeError
                out += T_annotations
                at = len(out)
                out.append(0)
                enc_annotations(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'auth'
            v = a['auth']
            if v is not None:
                if v.__class__ is not C_auth and not isinstance(v, C_auth):
                    raise TypeError
                out += T_auth
                at = len(out)
                out.append(0)
                enc_auth(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'auth_role'
            v = a['auth_role']
            if v is not None:
                if v.__class__ is not C_auth_role and not isinstance(v, C_auth_role):
                    raise TypeError
                out += T_auth_role
                at = len(out)
                out.append(0)
                enc_auth_role(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'security_context'
            v = a['security_context']
            if v is not None:
                if v.__class__ is not C_security_context and not isinstance(v, C_security_context):
                    raise TypeError
                out += T_security_context
                at = len(out)
                out.append(0)
                enc_security_context(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'quality_of_service'
            v = a['quality_of_service']
            if v is not None:
                if v.__class__ is not C_quality_of_service and not isinstance(v, C_quality_of_service):
                    raise TypeError
                out += T_quality_of_service
                at = len(out)
                out.append(0)
                enc_quality_of_service(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'raw_output_data_config'
            v = a['raw_output_data_config']
            if v is not None:
                if v.__class__ is not C_raw_output_data_config and not isinstance(v, C_raw_output_data_config):
                    raise TypeError
                out += T_raw_output_data_config
                at = len(out)
                out.append(0)
                enc_raw_output_data_config(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'max_parallelism'
            v = a['max_parallelism']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'int32')
                out += T_max_parallelism
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'int32')
            field = 'interruptible'
            v = a['interruptible']
            if v is not None:
                out += T_interruptible
                at = len(out)
                out.append(0)
                enc_interruptible(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'overwrite_cache'
            v = a['overwrite_cache']
            if v:
                if v.__class__ is not bool: as_bool(v)
                out += T_overwrite_cache
                out.append(1 if v else 0)
            elif v.__class__ is not bool: as_bool(v)
            field = 'envs'
            v = a['envs']
            if v is not None:
                if v.__class__ is not C_envs and not isinstance(v, C_envs):
                    raise TypeError
                out += T_envs
                at = len(out)
                out.append(0)
                enc_envs(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'execution_env_assignments'
            v = a['execution_env_assignments']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_execution_env_assignments and not isinstance(el, C_execution_env_assignments):
                        raise TypeError
                    out += T_execution_env_assignments
                    at = len(out)
                    out.append(0)
                    enc_execution_env_assignments(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'ExecutionEnvAssignment') from exc
            field = 'cluster_assignment'
            v = a['cluster_assignment']
            if v is not None:
                if v.__class__ is not C_cluster_assignment and not isinstance(v, C_cluster_assignment):
                    raise TypeError
                out += T_cluster_assignment
                at = len(out)
                out.append(0)
                enc_cluster_assignment(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'concurrency_policy'
            v = a['concurrency_policy']
            if v is not None:
                if v.__class__ is not C_concurrency_policy and not isinstance(v, C_concurrency_policy):
                    raise TypeError
                out += T_concurrency_policy
                at = len(out)
                out.append(0)
                enc_concurrency_policy(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        unknown = a['_unknown_fields']
        if unknown:
            if unknown.__class__ is not bytes:
                try:
                    unknown = as_bytes(unknown)
                except TypeError as exc:
                    raise _bad(exc, '_unknown_fields', unknown, 'bytes') from None
            out += unknown
