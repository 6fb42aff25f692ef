# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_partition_data = 0
            field = 'partition_key'
            v = a['partition_key']
            if v is not None:
                set_partition_data += 1
                b = v.encode()
                n = len(b)
                out += T_partition_key
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'bind_to_time_partition'
            v = a['bind_to_time_partition']
            if v is not None:
                set_partition_data += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_bind_to_time_partition
                out.append(1 if v else 0)
            field = 'time_transform'
            v = a['time_transform']
            if v is not None:
                if v.__class__ is not C_time_transform and not isinstance(v, C_time_transform):
                    raise TypeError
                out += T_time_transform
                at = len(out)
                out.append(0)
                enc_time_transform(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_partition_data > 1:
                _two_members('partition_data', [n for n in ('partition_key', 'bind_to_time_partition',) if getattr(m, n) is not None])
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
