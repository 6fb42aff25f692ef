# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_value, decode
    INIT = {
        'static_value': None,
        'time_value': None,
        'triggered_binding': None,
        'input_binding': None,
        'runtime_binding': None,
        '_unknown_fields': b'',
    }
    ONEOF_value = ('static_value', 'time_value', 'triggered_binding', 'input_binding', 'runtime_binding')
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
                    d['static_value'] = v
                    if o_value is not None and o_value != 'static_value':
                        d[o_value] = None
                    o_value = 'static_value'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['time_value'] = dec_time_value(buf, start, pos, depth + 1, d['time_value'])
                    if o_value is not None and o_value != 'time_value':
                        d[o_value] = None
                    o_value = 'time_value'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['triggered_binding'] = dec_triggered_binding(buf, start, pos, depth + 1, d['triggered_binding'])
                    if o_value is not None and o_value != 'triggered_binding':
                        d[o_value] = None
                    o_value = 'triggered_binding'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['input_binding'] = dec_input_binding(buf, start, pos, depth + 1, d['input_binding'])
                    if o_value is not None and o_value != 'input_binding':
                        d[o_value] = None
                    o_value = 'input_binding'
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['runtime_binding'] = dec_runtime_binding(buf, start, pos, depth + 1, d['runtime_binding'])
                    if o_value is not None and o_value != 'runtime_binding':
                        d[o_value] = None
                    o_value = 'runtime_binding'
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
