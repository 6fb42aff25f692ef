# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        field = ''
        v = None
        try:
            field = 'workflow_id'
            v = m.workflow_id
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
            v = m.entity_metadata
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
            v = m.default_inputs
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
            v = m.fixed_inputs
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
            v = m.role
            if v:
                b = v.encode()
                n = len(b)
                out += T_role
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'labels'
            v = m.labels
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
            v = m.annotations
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
            v = m.auth
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
            v = m.auth_role
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
            v = m.security_context
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
            v = m.quality_of_service
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
            v = m.raw_output_data_config
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
            v = m.max_parallelism
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: _bad_int(v, 'int32')
                out += T_max_parallelism
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: _check_int(v)
            field = 'interruptible'
            v = m.interruptible
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
            v = m.overwrite_cache
            if v:
                if v.__class__ is not bool: raise TypeError
                out += T_overwrite_cache
                out.append(1 if v else 0)
            elif v.__class__ is not bool: _check(v, bool)
            field = 'envs'
            v = m.envs
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
            v = m.execution_env_assignments
            if v.__class__ is not list: v = _as_list(v)
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
            v = m.cluster_assignment
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
            v = m.concurrency_policy
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
        if m._unknown_fields:
            out += m._unknown_fields
