# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'resources'
            v = m.resources
            if v is not None:
                if v.__class__ is not C_resources and not isinstance(v, C_resources):
                    raise TypeError
                b = enc_resources(v, deterministic)
                n = len(b)
                out += T_resources
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'extended_resources'
            v = m.extended_resources
            if v is not None:
                if v.__class__ is not C_extended_resources and not isinstance(v, C_extended_resources):
                    raise TypeError
                b = enc_extended_resources(v, deterministic)
                n = len(b)
                out += T_extended_resources
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'container_image'
            v = m.container_image
            if v:
                b = v.encode()
                n = len(b)
                out += T_container_image
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'pod_template'
            v = m.pod_template
            if v is not None:
                if v.__class__ is not C_pod_template and not isinstance(v, C_pod_template):
                    raise TypeError
                b = enc_pod_template(v, deterministic)
                n = len(b)
                out += T_pod_template
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
