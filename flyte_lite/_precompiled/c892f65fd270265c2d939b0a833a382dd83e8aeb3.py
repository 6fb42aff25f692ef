# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_reference, merge_pending, decode
    EMPTY = None
    ONEOF_reference = ('reference_id',)
    def merge_pending(buf, n, base, spans, depth):
        if n == 'reference_id':
            return dec_reference_id(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'overrides':
            return dec_overrides(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_reference = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_reference = None
            for n in ONEOF_reference:
                if d[n] is not None:
                    o_reference = n
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
                    if tag == 10:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['reference_id'] is not None:
                            pend = _pending(pend, 'reference_id', start, pos)
                        else:
                            if o_reference is not None and o_reference != 'reference_id':
                                if pend is not None and o_reference in pend:
                                    tag = MERGED_TAGS[o_reference]
                                    d[o_reference] = merge_pending(buf, o_reference, d[o_reference], pend.pop(o_reference), depth + 1)
                                d[o_reference] = None
                            d['reference_id'] = dec_reference_id(buf, start, pos, depth + 1, None)
                            o_reference = 'reference_id'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['overrides'] is not None:
                            pend = _pending(pend, 'overrides', start, pos)
                        else:
                            d['overrides'] = dec_overrides(buf, start, pos, depth + 1, None)
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
