# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'id'
            v = a['id']
            if v is not None:
                if v.__class__ is not C_id and not isinstance(v, C_id):
                    raise TypeError
                out += T_id
                at = len(out)
                out.append(0)
                enc_id(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
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
            field = 'interface'
            v = a['interface']
            if v is not None:
                if v.__class__ is not C_interface and not isinstance(v, C_interface):
                    raise TypeError
                out += T_interface
                at = len(out)
                out.append(0)
                enc_interface(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'nodes'
            v = a['nodes']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_nodes and not isinstance(el, C_nodes):
                        raise TypeError
                    out += T_nodes
                    at = len(out)
                    out.append(0)
                    enc_nodes(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'Node') from exc
            field = 'outputs'
            v = a['outputs']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_outputs and not isinstance(el, C_outputs):
                        raise TypeError
                    out += T_outputs
                    at = len(out)
                    out.append(0)
                    enc_outputs(el, out, deterministic)
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
            field = 'failure_node'
            v = a['failure_node']
            if v is not None:
                if v.__class__ is not C_failure_node and not isinstance(v, C_failure_node):
                    raise TypeError
                out += T_failure_node
                at = len(out)
                out.append(0)
                enc_failure_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'metadata_defaults'
            v = a['metadata_defaults']
            if v is not None:
                if v.__class__ is not C_metadata_defaults and not isinstance(v, C_metadata_defaults):
                    raise TypeError
                out += T_metadata_defaults
                at = len(out)
                out.append(0)
                enc_metadata_defaults(v, out, deterministic)
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
