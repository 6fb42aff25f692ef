# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'condition'
            v = m.condition
            if v is not None:
                if v.__class__ is not C_condition and not isinstance(v, C_condition):
                    raise TypeError
                b = enc_condition(v, deterministic)
                n = len(b)
                out += T_condition
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'then_node'
            v = m.then_node
            if v is not None:
                if v.__class__ is not C_then_node and not isinstance(v, C_then_node):
                    raise TypeError
                b = enc_then_node(v, deterministic)
                n = len(b)
                out += T_then_node
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
