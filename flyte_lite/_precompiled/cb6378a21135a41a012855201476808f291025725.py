# mypy: ignore-errors
# ruff: noqa
def run():
    global mes_config, encode
    def mes_config(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_config_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: as_str(k)
        if v:
            b = v.encode()
            n = len(b)
            out += T_config_v
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif v.__class__ is not str: as_str(v)
        out += unknown
        return out
    
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_target = 0
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
            field = 'type'
            v = a['type']
            if v:
                b = v.encode()
                n = len(b)
                out += T_type
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
            field = 'custom'
            v = a['custom']
            if v is not None:
                out += T_custom
                at = len(out)
                out.append(0)
                enc_custom(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'container'
            v = a['container']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_container and not isinstance(v, C_container):
                    raise TypeError
                out += T_container
                at = len(out)
                out.append(0)
                enc_container(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'task_type_version'
            v = a['task_type_version']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'int32')
                out += T_task_type_version
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'int32')
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
            field = 'extended_resources'
            v = a['extended_resources']
            if v is not None:
                if v.__class__ is not C_extended_resources and not isinstance(v, C_extended_resources):
                    raise TypeError
                out += T_extended_resources
                at = len(out)
                out.append(0)
                enc_extended_resources(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'config'
            v = a['config']
            if v.__class__ is not FD and v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                out += T_config
                eat = len(out)
                out.append(0)
                try:
                    what, expected = k, 'string'
                    if k is None: raise TypeError
                    if k is not None:
                        b = k.encode()
                        n = len(b)
                        out += T_config_k
                        if n < 128:
                            out.append(n)
                        else:
                            out += _varint(n)
                        out += b
                    what, expected = el, 'string'
                    if el is None: raise TypeError
                    if el is not None:
                        b = el.encode()
                        n = len(b)
                        out += T_config_v
                        if n < 128:
                            out.append(n)
                        else:
                            out += _varint(n)
                        out += b
                except EncodeError as exc:
                    exc._enter('[%r]' % (k,))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%r]' % (k,), what, expected) from exc
                n = len(out) - eat - 1
                if n < 128:
                    out[eat] = n
                else:
                    out[eat:eat + 1] = _varint(n)
            field = 'k8s_pod'
            v = a['k8s_pod']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_k8s_pod and not isinstance(v, C_k8s_pod):
                    raise TypeError
                out += T_k8s_pod
                at = len(out)
                out.append(0)
                enc_k8s_pod(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'sql'
            v = a['sql']
            if v is not None:
                set_target += 1
                if v.__class__ is not C_sql and not isinstance(v, C_sql):
                    raise TypeError
                out += T_sql
                at = len(out)
                out.append(0)
                enc_sql(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_target > 1:
                _two_members('target', [n for n in ('container', 'k8s_pod', 'sql',) if getattr(m, n) is not None])
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
