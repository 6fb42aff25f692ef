# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode
    INIT = {
        'state': D_state,
        'expected_inputs': None,
        'expected_outputs': None,
        'created_at': None,
        'updated_at': None,
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            unk = None
        else:
            d.update(base.__dict__)
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
                    if pos < end and buf[pos] < 128:
                        v = buf[pos]
                        pos += 1
                    else:
                        v, pos = decode_varint(buf, pos, end)
                        if v > 2147483647: v = _int32(v)
                    v = E_state.get(v, v)
                    d['state'] = v
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['expected_inputs'] = dec_expected_inputs(buf, start, pos, depth + 1, d['expected_inputs'])
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['expected_outputs'] = dec_expected_outputs(buf, start, pos, depth + 1, d['expected_outputs'])
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['created_at'] = dec_created_at(buf, start, pos, depth + 1, d['created_at'])
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['updated_at'] = dec_updated_at(buf, start, pos, depth + 1, d['updated_at'])
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
