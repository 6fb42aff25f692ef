# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_environment = 0
            field = 'name'
            v = a['name']
            if v:
                b = v.encode()
                n = len(b)
                out += T_name
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'type'
            v = a['type']
            if v:
                b = v.encode()
                n = len(b)
                out += T_type
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'extant'
            v = a['extant']
            if v is not None:
                set_environment += 1
                out += T_extant
                at = len(out)
                out.append(0)
                enc_extant(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'spec'
            v = a['spec']
            if v is not None:
                set_environment += 1
                out += T_spec
                at = len(out)
                out.append(0)
                enc_spec(v, out, deterministic)
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
            field = ''
            if set_environment > 1:
                _two_members('environment', [n for n in ('extant', 'spec',) if getattr(m, n) is not None])
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
