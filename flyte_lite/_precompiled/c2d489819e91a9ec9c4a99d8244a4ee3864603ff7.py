# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_condition = 0
            field = 'approve'
            v = a['approve']
            if v is not None:
                set_condition += 1
                if v.__class__ is not C_approve and not isinstance(v, C_approve):
                    raise TypeError
                out += T_approve
                at = len(out)
                out.append(0)
                enc_approve(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'signal'
            v = a['signal']
            if v is not None:
                set_condition += 1
                if v.__class__ is not C_signal and not isinstance(v, C_signal):
                    raise TypeError
                out += T_signal
                at = len(out)
                out.append(0)
                enc_signal(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'sleep'
            v = a['sleep']
            if v is not None:
                set_condition += 1
                if v.__class__ is not C_sleep and not isinstance(v, C_sleep):
                    raise TypeError
                out += T_sleep
                at = len(out)
                out.append(0)
                enc_sleep(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_condition > 1:
                _two_members('condition', [n for n in ('approve', 'signal', 'sleep',) if getattr(m, n) is not None])
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
