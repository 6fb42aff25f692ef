# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_behavior, decode
    INIT = {
        'var': None,
        'default': None,
        'required': None,
        'artifact_query': None,
        'artifact_id': None,
        '_unknown_fields': b'',
    }
    ONEOF_behavior = ('default', 'required', 'artifact_query', 'artifact_id')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_behavior = None
            unk = None
        else:
            d.update(base.__dict__)
            o_behavior = None
            for n in ONEOF_behavior:
                if d[n] is not None:
                    o_behavior = n
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
                    d['var'] = dec_var(buf, start, pos, depth + 1, d['var'])
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['default'] = dec_default(buf, start, pos, depth + 1, d['default'])
                    if o_behavior is not None and o_behavior != 'default':
                        d[o_behavior] = None
                    o_behavior = 'default'
                elif tag == 24:
                    if pos < end and buf[pos] < 128:
                        v = buf[pos]
                        pos += 1
                    else:
                        v, pos = decode_varint(buf, pos, end)
                    v = v != 0
                    d['required'] = v
                    if o_behavior is not None and o_behavior != 'required':
                        d[o_behavior] = None
                    o_behavior = 'required'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['artifact_query'] = dec_artifact_query(buf, start, pos, depth + 1, d['artifact_query'])
                    if o_behavior is not None and o_behavior != 'artifact_query':
                        d[o_behavior] = None
                    o_behavior = 'artifact_query'
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['artifact_id'] = dec_artifact_id(buf, start, pos, depth + 1, d['artifact_id'])
                    if o_behavior is not None and o_behavior != 'artifact_id':
                        d[o_behavior] = None
                    o_behavior = 'artifact_id'
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
