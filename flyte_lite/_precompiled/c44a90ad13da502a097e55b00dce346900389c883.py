# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_value = 0
            field = 'scalar'
            v = a['scalar']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_scalar and not isinstance(v, C_scalar):
                    raise TypeError
                out += T_scalar
                at = len(out)
                out.append(0)
                enc_scalar(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'collection'
            v = a['collection']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_collection and not isinstance(v, C_collection):
                    raise TypeError
                out += T_collection
                at = len(out)
                out.append(0)
                enc_collection(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'promise'
            v = a['promise']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_promise and not isinstance(v, C_promise):
                    raise TypeError
                out += T_promise
                at = len(out)
                out.append(0)
                enc_promise(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'map'
            v = a['map']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_map and not isinstance(v, C_map):
                    raise TypeError
                out += T_map
                at = len(out)
                out.append(0)
                enc_map(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'union'
            v = a['union']
            if v is not None:
                if v.__class__ is not C_union and not isinstance(v, C_union):
                    raise TypeError
                out += T_union
                at = len(out)
                out.append(0)
                enc_union(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'offloaded_metadata'
            v = a['offloaded_metadata']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_offloaded_metadata and not isinstance(v, C_offloaded_metadata):
                    raise TypeError
                out += T_offloaded_metadata
                at = len(out)
                out.append(0)
                enc_offloaded_metadata(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_value > 1:
                _two_members('value', [n for n in ('scalar', 'collection', 'promise', 'map', 'offloaded_metadata',) if getattr(m, n) is not None])
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
