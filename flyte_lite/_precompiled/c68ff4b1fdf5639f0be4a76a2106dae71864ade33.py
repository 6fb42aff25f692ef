# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_parallelism_option = 0
            set_success_criteria = 0
            field = 'node'
            v = a['node']
            if v is not None:
                if v.__class__ is not C_node and not isinstance(v, C_node):
                    raise TypeError
                out += T_node
                at = len(out)
                out.append(0)
                enc_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'parallelism'
            v = a['parallelism']
            if v is not None:
                set_parallelism_option += 1
                if v.__class__ is bool or not 0 <= v <= 4294967295: as_int(v, 'uint32')
                out += T_parallelism
                if v < 128:
                    out.append(v)
                else:
                    out += _varint(v)
            field = 'min_successes'
            v = a['min_successes']
            if v is not None:
                set_success_criteria += 1
                if v.__class__ is bool or not 0 <= v <= 4294967295: as_int(v, 'uint32')
                out += T_min_successes
                if v < 128:
                    out.append(v)
                else:
                    out += _varint(v)
            field = 'min_success_ratio'
            v = a['min_success_ratio']
            if v is not None:
                set_success_criteria += 1
                if v.__class__ is not float: v = as_float(v, 'float')
                out += T_min_success_ratio
                out += pack_float(v)
            field = 'execution_mode'
            v = a['execution_mode']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_execution_mode
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'enum')
            field = 'is_original_sub_node_interface'
            v = a['is_original_sub_node_interface']
            if v is not None:
                out += T_is_original_sub_node_interface
                at = len(out)
                out.append(0)
                enc_is_original_sub_node_interface(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'data_mode'
            v = a['data_mode']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_data_mode
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'enum')
            field = 'bound_inputs'
            v = a['bound_inputs']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    b = el.encode()
                    n = len(b)
                    out += T_bound_inputs
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
            field = 'run_all_sub_nodes'
            v = a['run_all_sub_nodes']
            if v:
                if v.__class__ is not bool: as_bool(v)
                out += T_run_all_sub_nodes
                out.append(1 if v else 0)
            elif v.__class__ is not bool: as_bool(v)
            field = ''
            if set_parallelism_option > 1:
                _two_members('parallelism_option', [n for n in ('parallelism',) if getattr(m, n) is not None])
            if set_success_criteria > 1:
                _two_members('success_criteria', [n for n in ('min_successes', 'min_success_ratio',) if getattr(m, n) is not None])
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
