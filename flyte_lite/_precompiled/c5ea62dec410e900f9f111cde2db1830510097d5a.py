# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_ScheduleExpression, merge_pending, decode
    EMPTY = None
    ONEOF_ScheduleExpression = ('cron_expression', 'rate', 'cron_schedule')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'rate':
            return dec_rate(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'cron_schedule':
            return dec_cron_schedule(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_ScheduleExpression = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_ScheduleExpression = None
            for n in ONEOF_ScheduleExpression:
                if d[n] is not None:
                    o_ScheduleExpression = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
        pend = None
        while True:
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
                        if o_ScheduleExpression is not None and o_ScheduleExpression != 'cron_expression':
                            if pend is not None and o_ScheduleExpression in pend:
                                tag = MERGED_TAGS[o_ScheduleExpression]
                                d[o_ScheduleExpression] = merge_pending(buf, o_ScheduleExpression, d[o_ScheduleExpression], pend.pop(o_ScheduleExpression), depth + 1)
                            d[o_ScheduleExpression] = None
                        d['cron_expression'] = v
                        o_ScheduleExpression = 'cron_expression'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['rate'] is not None:
                            pend = _pending(pend, 'rate', start, pos)
                        else:
                            if o_ScheduleExpression is not None and o_ScheduleExpression != 'rate':
                                if pend is not None and o_ScheduleExpression in pend:
                                    tag = MERGED_TAGS[o_ScheduleExpression]
                                    d[o_ScheduleExpression] = merge_pending(buf, o_ScheduleExpression, d[o_ScheduleExpression], pend.pop(o_ScheduleExpression), depth + 1)
                                d[o_ScheduleExpression] = None
                            d['rate'] = dec_rate(buf, start, pos, depth + 1, None)
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
                        if d['cron_schedule'] is not None:
                            pend = _pending(pend, 'cron_schedule', start, pos)
                        else:
                            if o_ScheduleExpression is not None and o_ScheduleExpression != 'cron_schedule':
                                if pend is not None and o_ScheduleExpression in pend:
                                    tag = MERGED_TAGS[o_ScheduleExpression]
                                    d[o_ScheduleExpression] = merge_pending(buf, o_ScheduleExpression, d[o_ScheduleExpression], pend.pop(o_ScheduleExpression), depth + 1)
                                d[o_ScheduleExpression] = None
                            d['cron_schedule'] = dec_cron_schedule(buf, start, pos, depth + 1, None)
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
            if spans is None:
                break
            pos, end = next(spans, (0, -1))
            if end < 0:
                break
        if pend is not None:
            for n, sp in pend.items():
                try:
                    d[n] = merge_pending(buf, n, d[n], sp, depth + 1)
                except DecodeError as exc:
                    exc._enter(n)
                    raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
