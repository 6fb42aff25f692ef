# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_condition, merge_pending, decode
    EMPTY = None
    ONEOF_condition = ('approve', 'signal', 'sleep')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'approve':
            return dec_approve(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'signal':
            return dec_signal(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'sleep':
            return dec_sleep(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_condition = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_condition = None
            for n in ONEOF_condition:
                if d[n] is not None:
                    o_condition = n
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
                        if d['approve'] is not None:
                            pend = _pending(pend, 'approve', start, pos)
                        else:
                            if o_condition is not None and o_condition != 'approve':
                                if pend is not None and o_condition in pend:
                                    tag = MERGED_TAGS[o_condition]
                                    d[o_condition] = merge_pending(buf, o_condition, d[o_condition], pend.pop(o_condition), depth + 1)
                                d[o_condition] = None
                            d['approve'] = dec_approve(buf, start, pos, depth + 1, None)
                            o_condition = 'approve'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['signal'] is not None:
                            pend = _pending(pend, 'signal', start, pos)
                        else:
                            if o_condition is not None and o_condition != 'signal':
                                if pend is not None and o_condition in pend:
                                    tag = MERGED_TAGS[o_condition]
                                    d[o_condition] = merge_pending(buf, o_condition, d[o_condition], pend.pop(o_condition), depth + 1)
                                d[o_condition] = None
                            d['signal'] = dec_signal(buf, start, pos, depth + 1, None)
                            o_condition = 'signal'
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['sleep'] is not None:
                            pend = _pending(pend, 'sleep', start, pos)
                        else:
                            if o_condition is not None and o_condition != 'sleep':
                                if pend is not None and o_condition in pend:
                                    tag = MERGED_TAGS[o_condition]
                                    d[o_condition] = merge_pending(buf, o_condition, d[o_condition], pend.pop(o_condition), depth + 1)
                                d[o_condition] = None
                            d['sleep'] = dec_sleep(buf, start, pos, depth + 1, None)
                            o_condition = 'sleep'
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
