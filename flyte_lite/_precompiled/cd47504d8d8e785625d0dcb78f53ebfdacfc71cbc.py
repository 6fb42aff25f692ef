# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_default, decode
    INIT = {
        'case': None,
        'other': None,
        'else_node': None,
        'error': None,
        '_unknown_fields': b'',
    }
    ONEOF_default = ('else_node', 'error')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['other'] = f_other = []
            o_default = None
            unk = None
        else:
            d.update(base.__dict__)
            f_other = d['other']
            o_default = None
            for n in ONEOF_default:
                if d[n] is not None:
                    o_default = n
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
                    d['case'] = dec_case(buf, start, pos, depth + 1, d['case'])
                elif tag == 18:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_other.append(dec_other(buf, start, pos, depth + 1, None))
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
                    d['else_node'] = dec_else_node(buf, start, pos, depth + 1, d['else_node'])
                    if o_default is not None and o_default != 'else_node':
                        d[o_default] = None
                    o_default = 'else_node'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['error'] = dec_error(buf, start, pos, depth + 1, d['error'])
                    if o_default is not None and o_default != 'error':
                        d[o_default] = None
                    o_default = 'error'
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                if n == 2:
                    exc._enter('other[%d]' % len(f_other))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
