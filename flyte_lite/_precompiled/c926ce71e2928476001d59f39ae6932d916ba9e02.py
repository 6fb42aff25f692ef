# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_value, decode
    INIT = {
        'integer': None,
        'float_value': None,
        'string_value': None,
        'boolean': None,
        'datetime': None,
        'duration': None,
        '_unknown_fields': b'',
    }
    ONEOF_value = ('integer', 'float_value', 'string_value', 'boolean', 'datetime', 'duration')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_value = None
            unk = None
        else:
            d.update(base.__dict__)
            o_value = None
            for n in ONEOF_value:
                if d[n] is not None:
                    o_value = n
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
                        if v > 9223372036854775807: v -= 18446744073709551616
                    d['integer'] = v
                    if o_value is not None and o_value != 'integer':
                        d[o_value] = None
                    o_value = 'integer'
                elif tag == 17:
                    if pos + 8 > end: _truncated(pos, 8)
                    v = unpack_double(buf, pos)[0]
                    pos += 8
                    d['float_value'] = v
                    if o_value is not None and o_value != 'float_value':
                        d[o_value] = None
                    o_value = 'float_value'
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
                    d['string_value'] = v
                    if o_value is not None and o_value != 'string_value':
                        d[o_value] = None
                    o_value = 'string_value'
                elif tag == 32:
                    if pos < end and buf[pos] < 128:
                        v = buf[pos]
                        pos += 1
                    else:
                        v, pos = decode_varint(buf, pos, end)
                    v = v != 0
                    d['boolean'] = v
                    if o_value is not None and o_value != 'boolean':
                        d[o_value] = None
                    o_value = 'boolean'
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['datetime'] = dec_datetime(buf, start, pos, depth + 1, d['datetime'])
                    if o_value is not None and o_value != 'datetime':
                        d[o_value] = None
                    o_value = 'datetime'
                elif tag == 50:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['duration'] = dec_duration(buf, start, pos, depth + 1, d['duration'])
                    if o_value is not None and o_value != 'duration':
                        d[o_value] = None
                    o_value = 'duration'
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
