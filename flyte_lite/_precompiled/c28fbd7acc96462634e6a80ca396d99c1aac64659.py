# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            field = 'gpu_accelerator'
            v = m.gpu_accelerator
            if v is not None:
                if v.__class__ is not C_gpu_accelerator and not isinstance(v, C_gpu_accelerator):
                    raise TypeError
                b = enc_gpu_accelerator(v, deterministic)
                n = len(b)
                out += T_gpu_accelerator
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'shared_memory'
            v = m.shared_memory
            if v is not None:
                if v.__class__ is not C_shared_memory and not isinstance(v, C_shared_memory):
                    raise TypeError
                b = enc_shared_memory(v, deterministic)
                n = len(b)
                out += T_shared_memory
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
