# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            set_condition = 0
            field = 'approve'
            v = m.approve
            if v is not None:
                set_condition += 1
                if v.__class__ is not C_approve and not isinstance(v, C_approve):
                    raise TypeError
                b = enc_approve(v, deterministic)
                n = len(b)
                out += T_approve
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'signal'
            v = m.signal
            if v is not None:
                set_condition += 1
                if v.__class__ is not C_signal and not isinstance(v, C_signal):
                    raise TypeError
                b = enc_signal(v, deterministic)
                n = len(b)
                out += T_signal
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'sleep'
            v = m.sleep
            if v is not None:
                set_condition += 1
                if v.__class__ is not C_sleep and not isinstance(v, C_sleep):
                    raise TypeError
                b = enc_sleep(v, deterministic)
                n = len(b)
                out += T_sleep
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_condition > 1:
                _two_members('condition', [n for n in ('approve', 'signal', 'sleep',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
