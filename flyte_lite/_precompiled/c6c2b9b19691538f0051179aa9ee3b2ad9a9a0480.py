# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_val, decode
    INIT = {
        'primitive': None,
        'var': None,
        'scalar': None,
        '_unknown_fields': b'',
    }
    ONEOF_val = ('primitive', 'var', 'scalar')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_val = None
            unk = None
        else:
            d.update(base.__dict__)
            o_val = None
            for n in ONEOF_val:
                if d[n] is not None:
                    o_val = n
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
                    d['primitive'] = dec_primitive(buf, start, pos, depth + 1, d['primitive'])
                    if o_val is not None and o_val != 'primitive':
                        d[o_val] = None
                    o_val = 'primitive'
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
                    d['var'] = v
                    if o_val is not None and o_val != 'var':
                        d[o_val] = None
                    o_val = 'var'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['scalar'] = dec_scalar(buf, start, pos, depth + 1, d['scalar'])
                    if o_val is not None and o_val != 'scalar':
                        d[o_val] = None
                    o_val = 'scalar'
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
