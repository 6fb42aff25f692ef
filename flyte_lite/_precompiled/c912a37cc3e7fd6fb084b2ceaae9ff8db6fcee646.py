# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_designation, decode
    INIT = {
        'tier': None,
        'spec': None,
        '_unknown_fields': b'',
    }
    ONEOF_designation = ('tier', 'spec')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_designation = None
            unk = None
        else:
            d.update(base.__dict__)
            o_designation = None
            for n in ONEOF_designation:
                if d[n] is not None:
                    o_designation = n
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
                    v = E_tier.get(v, v)
                    d['tier'] = v
                    if o_designation is not None and o_designation != 'tier':
                        d[o_designation] = None
                    o_designation = 'tier'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['spec'] = dec_spec(buf, start, pos, depth + 1, d['spec'])
                    if o_designation is not None and o_designation != 'spec':
                        d[o_designation] = None
                    o_designation = 'spec'
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
