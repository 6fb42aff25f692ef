# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'node_ids'
            v = a['node_ids']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    b = el.encode()
                    n = len(b)
                    out += T_node_ids
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
            field = 'task_type'
            v = a['task_type']
            if v:
                b = v.encode()
                n = len(b)
                out += T_task_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'execution_env'
            v = a['execution_env']
            if v is not None:
                if v.__class__ is not C_execution_env and not isinstance(v, C_execution_env):
                    raise TypeError
                out += T_execution_env
                at = len(out)
                out.append(0)
                enc_execution_env(v, out, deterministic)
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
