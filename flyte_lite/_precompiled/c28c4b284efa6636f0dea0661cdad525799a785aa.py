# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_target = 0
            field = 'id'
            v = a['id']
            if v:
                b = v.encode()
                n = len(b)
                out += T_id
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'metadata'
            v = a['metadata']
            if v is not None:
                if v.__class__ is not C_metadata and not isinstance(v, C_metadata):
                    raise TypeError
                out += T_metadata
                at = len(out)
                out.append(0)
                enc_metadata(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'inputs'
            v = a['inputs']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_inputs and not isinstance(el, C_inputs):
                        raise TypeError
                    out += T_inputs
                    at = len(out)
                    out.append(0)
                    enc_inputs(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'Binding') from exc
            field = 'upstream_node_ids'
            v = a['upstream_node_ids']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    b = el.encode()
                    n = len(b)
                    out += T_upstream_node_ids
                    if n < 128:
                        out.append(n)
                    else:
                        out += _varint(n)
                    out += b
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'string') from exc
            field = 'output_aliases'
            v = a['output_aliases']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_output_aliases and not isinstance(el, C_output_aliases):
                        raise TypeError
                    out += T_output_aliases
                    at = len(out)
                    out.append(0)
                    enc_output_aliases(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'Alias') from exc
            field = 'task_node'
            v = a['task_node']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_task_node and not isinstance(v, C_task_node):
                    raise TypeError
                out += T_task_node
                at = len(out)
                out.append(0)
                enc_task_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'workflow_node'
            v = a['workflow_node']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_workflow_node and not isinstance(v, C_workflow_node):
                    raise TypeError
                out += T_workflow_node
                at = len(out)
                out.append(0)
                enc_workflow_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'branch_node'
            v = a['branch_node']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_branch_node and not isinstance(v, C_branch_node):
                    raise TypeError
                out += T_branch_node
                at = len(out)
                out.append(0)
                enc_branch_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'gate_node'
            v = a['gate_node']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_gate_node and not isinstance(v, C_gate_node):
                    raise TypeError
                out += T_gate_node
                at = len(out)
                out.append(0)
                enc_gate_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'array_node'
            v = a['array_node']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_array_node and not isinstance(v, C_array_node):
                    raise TypeError
                out += T_array_node
                at = len(out)
                out.append(0)
                enc_array_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_target > 1:
                _two_members('target', [n for n in ('task_node', 'workflow_node', 'branch_node', 'gate_node', 'array_node',) if getattr(m, n) is not None])
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
