# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'inputs'
            v = m.inputs
            if v is not None:
                if v.__class__ is not C_inputs and not isinstance(v, C_inputs):
                    raise TypeError
                b = enc_inputs(v, deterministic)
                n = len(b)
                out += T_inputs
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'outputs'
            v = m.outputs
            if v is not None:
                if v.__class__ is not C_outputs and not isinstance(v, C_outputs):
                    raise TypeError
                b = enc_outputs(v, deterministic)
                n = len(b)
                out += T_outputs
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
