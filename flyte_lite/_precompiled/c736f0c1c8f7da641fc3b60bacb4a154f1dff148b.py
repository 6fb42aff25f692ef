# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'compiled_workflow'
            v = a['compiled_workflow']
            if v is not None:
                if v.__class__ is not C_compiled_workflow and not isinstance(v, C_compiled_workflow):
                    raise TypeError
                out += T_compiled_workflow
                at = len(out)
                out.append(0)
                enc_compiled_workflow(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'created_at'
            v = a['created_at']
            if v is not None:
                if v.__class__ is not C_created_at and not isinstance(v, C_created_at):
                    raise TypeError
                out += T_created_at
                at = len(out)
                out.append(0)
                enc_created_at(v, out, deterministic)
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
