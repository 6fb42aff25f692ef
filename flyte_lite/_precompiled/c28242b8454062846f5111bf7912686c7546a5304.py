# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_environment, decode
    INIT = {
        'name': '',
        'type': '',
        'extant': None,
        'spec': None,
        'version': '',
        '_unknown_fields': b'',
    }
    ONEOF_environment = ('extant', 'spec')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_environment = None
            unk = None
        else:
            d.update(base.__dict__)
            o_environment = None
            for n in ONEOF_environment:
                if d[n] is not None:
                    o_environment = n
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
                    d['name'] = v
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
                    d['type'] = v
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['extant'] = dec_extant(buf, start, pos, depth + 1, d['extant'])
                    if o_environment is not None and o_environment != 'extant':
                        d[o_environment] = None
                    o_environment = 'extant'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['spec'] = dec_spec(buf, start, pos, depth + 1, d['spec'])
                    if o_environment is not None and o_environment != 'spec':
                        d[o_environment] = None
                    o_environment = 'spec'
                elif tag == 42:
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
                    d['version'] = v
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
