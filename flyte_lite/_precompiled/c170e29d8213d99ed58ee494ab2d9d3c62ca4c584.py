# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_identifier, decode
    INIT = {
        'artifact_id': None,
        'artifact_tag': None,
        'uri': None,
        'binding': None,
        '_unknown_fields': b'',
    }
    ONEOF_identifier = ('artifact_id', 'artifact_tag', 'uri', 'binding')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_identifier = None
            unk = None
        else:
            d.update(base.__dict__)
            o_identifier = None
            for n in ONEOF_identifier:
                if d[n] is not None:
                    o_identifier = n
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
                    d['artifact_id'] = dec_artifact_id(buf, start, pos, depth + 1, d['artifact_id'])
                    if o_identifier is not None and o_identifier != 'artifact_id':
                        d[o_identifier] = None
                    o_identifier = 'artifact_id'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['artifact_tag'] = dec_artifact_tag(buf, start, pos, depth + 1, d['artifact_tag'])
                    if o_identifier is not None and o_identifier != 'artifact_tag':
                        d[o_identifier] = None
                    o_identifier = 'artifact_tag'
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
                    d['uri'] = v
                    if o_identifier is not None and o_identifier != 'uri':
                        d[o_identifier] = None
                    o_identifier = 'uri'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['binding'] = dec_binding(buf, start, pos, depth + 1, d['binding'])
                    if o_identifier is not None and o_identifier != 'binding':
                        d[o_identifier] = None
                    o_identifier = 'binding'
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
