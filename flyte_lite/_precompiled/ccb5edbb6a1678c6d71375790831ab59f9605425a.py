# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'artifact_key'
            v = m.artifact_key
            if v is not None:
                if v.__class__ is not C_artifact_key and not isinstance(v, C_artifact_key):
                    raise TypeError
                b = enc_artifact_key(v, deterministic)
                n = len(b)
                out += T_artifact_key
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'version'
            v = m.version
            if v:
                b = v.encode()
                n = len(b)
                out += T_version
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: _check(v, str)
            field = 'partitions'
            v = m.partitions
            if v is not None:
                if v.__class__ is not C_partitions and not isinstance(v, C_partitions):
                    raise TypeError
                b = enc_partitions(v, deterministic)
                n = len(b)
                out += T_partitions
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'time_partition'
            v = m.time_partition
            if v is not None:
                if v.__class__ is not C_time_partition and not isinstance(v, C_time_partition):
                    raise TypeError
                b = enc_time_partition(v, deterministic)
                n = len(b)
                out += T_time_partition
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
