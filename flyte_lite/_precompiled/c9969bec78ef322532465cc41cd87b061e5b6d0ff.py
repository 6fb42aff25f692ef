# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_type, merge_pending, decode
    EMPTY = None
    ONEOF_type = ('email', 'pager_duty', 'slack')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'email':
            return dec_email(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'pager_duty':
            return dec_pager_duty(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'slack':
            return dec_slack(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_phases = None
            o_type = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['phases'] = f_phases = FL(d['phases'])
            o_type = None
            for n in ONEOF_type:
                if d[n] is not None:
                    o_type = n
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
                    if tag == 8:
                        if f_phases is None:
                            d['phases'] = f_phases = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                v = buf[pos]
                                pos += 1
                            else:
                                v, pos = decode_varint(buf, pos, end)
                                if v > 2147483647: v = _int32(v)
                            v = E_phases.get(v, v)
                            _append(f_phases, v)
                            if pos >= end or buf[pos] != 8:
                                break
                            pos += 1
                    elif tag == 10:
                        if f_phases is None:
                            d['phases'] = f_phases = FL()
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        p = start
                        while p < pos:
                            if p < pos and buf[p] < 128:
                                v = buf[p]
                                p += 1
                            else:
                                v, p = decode_varint(buf, p, pos)
                                if v > 2147483647: v = _int32(v)
                            v = E_phases.get(v, v)
                            _append(f_phases, v)
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['email'] is not None:
                            pend = _pending(pend, 'email', start, pos)
                        else:
                            if o_type is not None and o_type != 'email':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['email'] = dec_email(buf, start, pos, depth + 1, None)
                            o_type = 'email'
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['pager_duty'] is not None:
                            pend = _pending(pend, 'pager_duty', start, pos)
                        else:
                            if o_type is not None and o_type != 'pager_duty':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['pager_duty'] = dec_pager_duty(buf, start, pos, depth + 1, None)
                            o_type = 'pager_duty'
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['slack'] is not None:
                            pend = _pending(pend, 'slack', start, pos)
                        else:
                            if o_type is not None and o_type != 'slack':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['slack'] = dec_slack(buf, start, pos, depth + 1, None)
                            o_type = 'slack'
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 1:
                        exc._enter('phases[%d]' % len(f_phases or ()))
                    else:
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
