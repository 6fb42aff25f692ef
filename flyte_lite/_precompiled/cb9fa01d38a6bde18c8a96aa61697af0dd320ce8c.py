# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'resources'
            v = a['resources']
            if v is not None:
                if v.__class__ is not C_resources and not isinstance(v, C_resources):
                    raise TypeError
                out += T_resources
                at = len(out)
                out.append(0)
                enc_resources(v, out, deterministic)
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
            field = 'container_image'
            v = a['container_image']
            if v:
                b = v.encode()
                n = len(b)
                out += T_container_image
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'pod_template'
            v = a['pod_template']
            if v is not None:
                if v.__class__ is not C_pod_template and not isinstance(v, C_pod_template):
                    raise TypeError
                out += T_pod_template
                at = len(out)
                out.append(0)
                enc_pod_template(v, out, deterministic)
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
