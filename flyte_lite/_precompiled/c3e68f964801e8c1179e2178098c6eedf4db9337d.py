# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'artifact_key'
            v = a['artifact_key']
            if v is not None:
                if v.__class__ is not C_artifact_key and not isinstance(v, C_artifact_key):
                    raise TypeError
                out += T_artifact_key
                at = len(out)
                out.append(0)
                enc_artifact_key(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'version'
            v = a['version']
            if v:
                b = v.encode()
                n = len(b)
                out += T_version
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'partitions'
            v = a['partitions']
            if v is not None:
                if v.__class__ is not C_partitions and not isinstance(v, C_partitions):
                    raise TypeError
                out += T_partitions
                at = len(out)
                out.append(0)
                enc_partitions(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'time_partition'
            v = a['time_partition']
            if v is not None:
                if v.__class__ is not C_time_partition and not isinstance(v, C_time_partition):
                    raise TypeError
                out += T_time_partition
                at = len(out)
                out.append(0)
                enc_time_partition(v, out, deterministic)
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
