# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'compiled_task'
            v = m.compiled_task
            if v is not None:
                if v.__class__ is not C_compiled_task and not isinstance(v, C_compiled_task):
                    raise TypeError
                b = enc_compiled_task(v, deterministic)
                n = len(b)
                out += T_compiled_task
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'created_at'
            v = m.created_at
            if v is not None:
                if v.__class__ is not C_created_at and not isinstance(v, C_created_at):
                    raise TypeError
                b = enc_created_at(v, deterministic)
                n = len(b)
                out += T_created_at
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
