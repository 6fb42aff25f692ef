# mypy: ignore-errors
# ruff: noqa
def run():
    global mes_metadata, encode
    def mes_metadata(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_metadata_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: as_str(k)
        if v:
            b = v.encode()
            n = len(b)
            out += T_metadata_v
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif v.__class__ is not str: as_str(v)
        out += unknown
        return out
    
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
            field = 'hash'
            v = a['hash']
            if v:
                b = v.encode()
                n = len(b)
                out += T_hash
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'metadata'
            v = a['metadata']
            if v.__class__ is not FD and v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                out += T_metadata
                eat = len(out)
                out.append(0)
                try:
                    what, expected = k, 'string'
                    if k is None: raise TypeError
                    if k is not None:
                        b = k.encode()
                        n = len(b)
                        out += T_metadata_k
                        if n < 128:
                            out.append(n)
                        else:
                            out += _varint(n)
                        out += b
                    what, expected = el, 'string'
                    if el is None: raise TypeError
                    if el is not None:
                        b = el.encode()
                        n = len(b)
                        out += T_metadata_v
                        if n < 128:
                            out.append(n)
                        else:
                            out += _varint(n)
                        out += b
                except EncodeError as exc:
                    exc._enter('[%r]' % (k,))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%r]' % (k,), what, expected) from exc
                n = len(out) - eat - 1
                if n < 128:
                    out[eat] = n
                else:
                    out[eat:eat + 1] = _varint(n)
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
                _two_members('value', [n for n in ('scalar', 'collection', 'map', 'offloaded_metadata',) if getattr(m, n) is not None])
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
