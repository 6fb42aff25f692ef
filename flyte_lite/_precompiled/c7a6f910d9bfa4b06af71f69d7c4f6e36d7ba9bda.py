# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode
    INIT = {
        'schedule': None,
        'notifications': None,
        'launch_conditions': None,
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['notifications'] = f_notifications = []
            unk = None
        else:
            d.update(base.__dict__)
            f_notifications = d['notifications']
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
                    d['schedule'] = dec_schedule(buf, start, pos, depth + 1, d['schedule'])
                elif tag == 18:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_notifications.append(dec_notifications(buf, start, pos, depth + 1, None))
                        if pos >= end or buf[pos] != 18:
                            break
                        pos += 1
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['launch_conditions'] = dec_launch_conditions(buf, start, pos, depth + 1, d['launch_conditions'])
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                if n == 2:
                    exc._enter('notifications[%d]' % len(f_notifications))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
