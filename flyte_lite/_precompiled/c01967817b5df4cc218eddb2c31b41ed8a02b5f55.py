# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_reference, decode
    INIT = {
        'reference_id': None,
        'overrides': None,
        '_unknown_fields': b'',
    }
    ONEOF_reference = ('reference_id',)
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_reference = None
            unk = None
        else:
            d.update(base.__dict__)
            o_reference = None
            for n in ONEOF_reference:
                if d[n] is not None:
                    o_reference = n
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
                    d['reference_id'] = dec_reference_id(buf, start, pos, depth + 1, d['reference_id'])
                    if o_reference is not None and o_reference != 'reference_id':
                        d[o_reference] = None
                    o_reference = 'reference_id'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['overrides'] = dec_overrides(buf, start, pos, depth + 1, d['overrides'])
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
