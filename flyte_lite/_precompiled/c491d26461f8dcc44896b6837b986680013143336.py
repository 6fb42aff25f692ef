# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        field = ''
        v = None
        try:
            field = 'interruptible'
            v = m.interruptible
            if v:
                if v.__class__ is not bool: raise TypeError
                out += T_interruptible
                out.append(1 if v else 0)
            elif v.__class__ is not bool: _check(v, bool)
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
