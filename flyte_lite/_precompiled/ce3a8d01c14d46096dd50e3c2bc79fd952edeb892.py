# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode
    INIT = {
        'id': '',
        'name': '',
        'domains': None,
        'description': '',
        'labels': None,
        'state': D_state,
        'org': '',
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['domains'] = f_domains = []
            unk = None
        else:
            d.update(base.__dict__)
            f_domains = d['domains']
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
                    d['id'] = v
                elif tag == 18:
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
                    d['name'] = v
                elif tag == 26:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_domains.append(dec_domains(buf, start, pos, depth + 1, None))
                        if pos >= end or buf[pos] != 26:
                            break
                        pos += 1
                elif tag == 34:
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
                    d['description'] = v
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['labels'] = dec_labels(buf, start, pos, depth + 1, d['labels'])
                elif tag == 48:
                    if pos < end and buf[pos] < 128:
                        v = buf[pos]
                        pos += 1
                    else:
                        v, pos = decode_varint(buf, pos, end)
                        if v > 2147483647: v = _int32(v)
                    v = E_state.get(v, v)
                    d['state'] = v
                elif tag == 58:
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
                    d['org'] = v
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                if n == 3:
                    exc._enter('domains[%d]' % len(f_domains))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
