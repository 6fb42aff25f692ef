# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_partition_size_value = 0
            field = 'device'
            v = a['device']
            if v:
                b = v.encode()
                n = len(b)
                out += T_device
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'unpartitioned'
            v = a['unpartitioned']
            if v is not None:
                set_partition_size_value += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_unpartitioned
                out.append(1 if v else 0)
            field = 'partition_size'
            v = a['partition_size']
            if v is not None:
                set_partition_size_value += 1
                b = v.encode()
                n = len(b)
                out += T_partition_size
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_partition_size_value > 1:
                _two_members('partition_size_value', [n for n in ('unpartitioned', 'partition_size',) if getattr(m, n) is not None])
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
