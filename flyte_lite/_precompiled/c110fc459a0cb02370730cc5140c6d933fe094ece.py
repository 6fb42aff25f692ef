# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_ScheduleExpression = 0
            field = 'cron_expression'
            v = a['cron_expression']
            if v is not None:
                set_ScheduleExpression += 1
                b = v.encode()
                n = len(b)
                out += T_cron_expression
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'rate'
            v = a['rate']
            if v is not None:
                set_ScheduleExpression += 1
                if v.__class__ is not C_rate and not isinstance(v, C_rate):
                    raise TypeError
                out += T_rate
                at = len(out)
                out.append(0)
                enc_rate(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'kickoff_time_input_arg'
            v = a['kickoff_time_input_arg']
            if v:
                b = v.encode()
                n = len(b)
                out += T_kickoff_time_input_arg
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'cron_schedule'
            v = a['cron_schedule']
            if v is not None:
                set_ScheduleExpression += 1
                if v.__class__ is not C_cron_schedule and not isinstance(v, C_cron_schedule):
                    raise TypeError
                out += T_cron_schedule
                at = len(out)
                out.append(0)
                enc_cron_schedule(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_ScheduleExpression > 1:
                _two_members('ScheduleExpression', [n for n in ('cron_expression', 'rate', 'cron_schedule',) if getattr(m, n) is not None])
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
