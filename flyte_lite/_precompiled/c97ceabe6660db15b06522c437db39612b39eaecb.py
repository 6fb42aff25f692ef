# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_behavior = 0
            field = 'var'
            v = a['var']
            if v is not None:
                if v.__class__ is not C_var and not isinstance(v, C_var):
                    raise TypeError
                out += T_var
                at = len(out)
                out.append(0)
                enc_var(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'default'
            v = a['default']
            if v is not None:
                set_behavior += 1
                if v.__class__ is not C_default and not isinstance(v, C_default):
                    raise TypeError
                out += T_default
                at = len(out)
                out.append(0)
                enc_default(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'required'
            v = a['required']
            if v is not None:
                set_behavior += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_required
                out.append(1 if v else 0)
            field = 'artifact_query'
            v = a['artifact_query']
            if v is not None:
                set_behavior += 1
                if v.__class__ is not C_artifact_query and not isinstance(v, C_artifact_query):
                    raise TypeError
                out += T_artifact_query
                at = len(out)
                out.append(0)
                enc_artifact_query(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'artifact_id'
            v = a['artifact_id']
            if v is not None:
                set_behavior += 1
                if v.__class__ is not C_artifact_id and not isinstance(v, C_artifact_id):
                    raise TypeError
                out += T_artifact_id
                at = len(out)
                out.append(0)
                enc_artifact_id(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_behavior > 1:
                _two_members('behavior', [n for n in ('default', 'required', 'artifact_query', 'artifact_id',) if getattr(m, n) is not None])
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
