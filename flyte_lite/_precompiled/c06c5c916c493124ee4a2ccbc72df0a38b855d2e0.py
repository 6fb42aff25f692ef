# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'schedule'
            v = a['schedule']
            if v is not None:
                if v.__class__ is not C_schedule and not isinstance(v, C_schedule):
                    raise TypeError
                out += T_schedule
                at = len(out)
                out.append(0)
                enc_schedule(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'notifications'
            v = a['notifications']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_notifications and not isinstance(el, C_notifications):
                        raise TypeError
                    out += T_notifications
                    at = len(out)
                    out.append(0)
                    enc_notifications(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'Notification') from exc
            field = 'launch_conditions'
            v = a['launch_conditions']
            if v is not None:
                if v.__class__ is not C_launch_conditions and not isinstance(v, C_launch_conditions):
                    raise TypeError
                out += T_launch_conditions
                at = len(out)
                out.append(0)
                enc_launch_conditions(v, out, deterministic)
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
