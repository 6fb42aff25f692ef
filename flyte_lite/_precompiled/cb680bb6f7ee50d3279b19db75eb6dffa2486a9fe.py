# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'metadata'
            v = m.metadata
            if v is not None:
                if v.__class__ is not C_metadata and not isinstance(v, C_metadata):
                    raise TypeError
                b = enc_metadata(v, deterministic)
                n = len(b)
                out += T_metadata
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'pod_spec'
            v = m.pod_spec
            if v is not None:
                b = enc_pod_spec(v, deterministic)
                n = len(b)
                out += T_pod_spec
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'data_config'
            v = m.data_config
            if v is not None:
                if v.__class__ is not C_data_config and not isinstance(v, C_data_config):
                    raise TypeError
                b = enc_data_config(v, deterministic)
                n = len(b)
                out += T_data_config
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'primary_container_name'
            v = m.primary_container_name
            if v:
                b = v.encode()
                n = len(b)
                out += T_primary_container_name
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
