# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_ScheduleExpression, decode
    INIT = {
        'cron_expression': None,
        'rate': None,
        'kickoff_time_input_arg': '',
        'cron_schedule': None,
        '_unknown_fields': b'',
    }
    ONEOF_ScheduleExpression = ('cron_expression', 'rate', 'cron_schedule')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_ScheduleExpression = None
            unk = None
        else:
            d.update(base.__dict__)
            o_ScheduleExpression = None
            for n in ONEOF_ScheduleExpression:
                if d[n] is not None:
                    o_ScheduleExpression = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        while pos < end:
            tag_pos = pos
            tag = buf[pos]
            if tag < 128:
                pos += 1
            else:
                tag, pos = decode_tag(buf, pos, end)
            try:
                if tag == 10:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    try:
                        v = buf[start:pos].decode()
                    except UnicodeDecodeError as exc:
                        _bad_utf8(start, exc)
                    d['cron_expression'] = v
                    if o_ScheduleExpression is not None and o_ScheduleExpression != 'cron_expression':
                        d[o_ScheduleExpression] = None
                    o_ScheduleExpression = 'cron_expression'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['rate'] = dec_rate(buf, start, pos, depth + 1, d['rate'])
                    if o_ScheduleExpression is not None and o_ScheduleExpression != 'rate':
                        d[o_ScheduleExpression] = None
                    o_ScheduleExpression = 'rate'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    try:
                        v = buf[start:pos].decode()
                    except UnicodeDecodeError as exc:
                        _bad_utf8(start, exc)
                    d['kickoff_time_input_arg'] = v
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['cron_schedule'] = dec_cron_schedule(buf, start, pos, depth + 1, d['cron_schedule'])
                    if o_ScheduleExpression is not None and o_ScheduleExpression != 'cron_schedule':
                        d[o_ScheduleExpression] = None
                    o_ScheduleExpression = 'cron_schedule'
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
