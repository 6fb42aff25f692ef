# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode
    INIT = {
        'requests': None,
        'limits': None,
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['requests'] = f_requests = []
            d['limits'] = f_limits = []
            unk = None
        else:
            d.update(base.__dict__)
            f_requests = d['requests']
            f_limits = d['limits']
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            f_requests.append(dec_requests(buf, start, pos, depth + 1, None))
                            if pos >= end or buf[pos] != 10:
                                break
                            pos += 1
                    elif tag == 18:
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            f_limits.append(dec_limits(buf, start, pos, depth + 1, None))
                            if pos >= end or buf[pos] != 18:
                                break
                            pos += 1
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 1:
                        exc._enter('requests[%d]' % len(f_requests))
                    elif n == 2:
                        exc._enter('limits[%d]' % len(f_limits))
                    else:
                        exc._enter(NAMES.get(n, ''))
                    raise
            if spans is None:
                break
            pos, end = next(spans, (0, -1))
            if end < 0:
                break
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
