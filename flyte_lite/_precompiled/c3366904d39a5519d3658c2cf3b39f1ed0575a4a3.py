# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_designation, merge_pending, decode
    EMPTY = None
    ONEOF_designation = ('tier', 'spec')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'spec':
            return dec_spec(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_designation = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_designation = None
            for n in ONEOF_designation:
                if d[n] is not None:
                    o_designation = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
        pend = None
        while True:
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
                        if o_designation is not None and o_designation != 'tier':
                            if pend is not None and o_designation in pend:
                                tag = MERGED_TAGS[o_designation]
                                d[o_designation] = merge_pending(buf, o_designation, d[o_designation], pend.pop(o_designation), depth + 1)
                            d[o_designation] = None
                        d['tier'] = v
                        o_designation = 'tier'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['spec'] is not None:
                            pend = _pending(pend, 'spec', start, pos)
                        else:
                            if o_designation is not None and o_designation != 'spec':
                                if pend is not None and o_designation in pend:
                                    tag = MERGED_TAGS[o_designation]
                                    d[o_designation] = merge_pending(buf, o_designation, d[o_designation], pend.pop(o_designation), depth + 1)
                                d[o_designation] = None
                            d['spec'] = dec_spec(buf, start, pos, depth + 1, None)
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
            if spans is None:
                break
            pos, end = next(spans, (0, -1))
            if end < 0:
                break
        if pend is not None:
            for n, sp in pend.items():
                try:
                    d[n] = merge_pending(buf, n, d[n], sp, depth + 1)
                except DecodeError as exc:
                    exc._enter(n)
                    raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
