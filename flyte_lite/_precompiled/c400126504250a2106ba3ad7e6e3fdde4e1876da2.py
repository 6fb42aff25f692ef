# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_type, decode
    INIT = {
        'phases': None,
        'email': None,
        'pager_duty': None,
        'slack': None,
        '_unknown_fields': b'',
    }
    ONEOF_type = ('email', 'pager_duty', 'slack')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['phases'] = f_phases = []
            o_type = None
            unk = None
        else:
            d.update(base.__dict__)
            f_phases = d['phases']
            o_type = None
            for n in ONEOF_type:
                if d[n] is not None:
                    o_type = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        while pos < end:
            tag_pos = pos
            tag = buf[pos]
            if tag < 128:
                pos += 1
            else:
                tag, pos = decode_tag(buf, pos, end)
            try:
                if tag == 8:
                    while True:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        v = E_phases.get(v, v)
                        f_phases.append(v)
                        if pos >= end or buf[pos] != 8:
                            break
                        pos += 1
                elif tag == 10:
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
                        f_phases.append(v)
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['email'] = dec_email(buf, start, pos, depth + 1, d['email'])
                    if o_type is not None and o_type != 'email':
                        d[o_type] = None
                    o_type = 'email'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['pager_duty'] = dec_pager_duty(buf, start, pos, depth + 1, d['pager_duty'])
                    if o_type is not None and o_type != 'pager_duty':
                        d[o_type] = None
                    o_type = 'pager_duty'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['slack'] = dec_slack(buf, start, pos, depth + 1, d['slack'])
                    if o_type is not None and o_type != 'slack':
                        d[o_type] = None
                    o_type = 'slack'
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                if n == 1:
                    exc._enter('phases[%d]' % len(f_phases))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
