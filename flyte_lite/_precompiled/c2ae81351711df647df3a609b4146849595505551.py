# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            set_value = 0
            field = 'scalar'
            v = m.scalar
            if v is not None:
                set_value += 1
                if v.__class__ is not C_scalar and not isinstance(v, C_scalar):
                    raise TypeError
                b = enc_scalar(v, deterministic)
                n = len(b)
                out += T_scalar
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'collection'
            v = m.collection
            if v is not None:
                set_value += 1
                if v.__class__ is not C_collection and not isinstance(v, C_collection):
                    raise TypeError
                b = enc_collection(v, deterministic)
                n = len(b)
                out += T_collection
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'promise'
            v = m.promise
            if v is not None:
                set_value += 1
                if v.__class__ is not C_promise and not isinstance(v, C_promise):
                    raise TypeError
                b = enc_promise(v, deterministic)
                n = len(b)
                out += T_promise
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'map'
            v = m.map
            if v is not None:
                set_value += 1
                if v.__class__ is not C_map and not isinstance(v, C_map):
                    raise TypeError
                b = enc_map(v, deterministic)
                n = len(b)
                out += T_map
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'union'
            v = m.union
            if v is not None:
                if v.__class__ is not C_union and not isinstance(v, C_union):
                    raise TypeError
                b = enc_union(v, deterministic)
                n = len(b)
                out += T_union
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'offloaded_metadata'
            v = m.offloaded_metadata
            if v is not None:
                set_value += 1
                if v.__class__ is not C_offloaded_metadata and not isinstance(v, C_offloaded_metadata):
                    raise TypeError
                b = enc_offloaded_metadata(v, deterministic)
                n = len(b)
                out += T_offloaded_metadata
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_value > 1:
                _two_members('value', [n for n in ('scalar', 'collection', 'promise', 'map', 'offloaded_metadata',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
