# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_condition, decode
    INIT = {
        'approve': None,
        'signal': None,
        'sleep': None,
        '_unknown_fields': b'',
    }
    ONEOF_condition = ('approve', 'signal', 'sleep')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_condition = None
            unk = None
        else:
            d.update(base.__dict__)
            o_condition = None
            for n in ONEOF_condition:
                if d[n] is not None:
                    o_condition = n
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
                    d['approve'] = dec_approve(buf, start, pos, depth + 1, d['approve'])
                    if o_condition is not None and o_condition != 'approve':
                        d[o_condition] = None
                    o_condition = 'approve'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['signal'] = dec_signal(buf, start, pos, depth + 1, d['signal'])
                    if o_condition is not None and o_condition != 'signal':
                        d[o_condition] = None
                    o_condition = 'signal'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['sleep'] = dec_sleep(buf, start, pos, depth + 1, d['sleep'])
                    if o_condition is not None and o_condition != 'sleep':
                        d[o_condition] = None
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
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
