# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_val, merge_pending, decode
    EMPTY = None
    ONEOF_val = ('primitive', 'var', 'scalar')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'primitive':
            return dec_primitive(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'scalar':
            return dec_scalar(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_val = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_val = None
            for n in ONEOF_val:
                if d[n] is not None:
                    o_val = n
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
                        if d['primitive'] is not None:
                            pend = _pending(pend, 'primitive', start, pos)
                        else:
                            if o_val is not None and o_val != 'primitive':
                                if pend is not None and o_val in pend:
                                    tag = MERGED_TAGS[o_val]
                                    d[o_val] = merge_pending(buf, o_val, d[o_val], pend.pop(o_val), depth + 1)
                                d[o_val] = None
                            d['primitive'] = dec_primitive(buf, start, pos, depth + 1, None)
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
                        if o_val is not None and o_val != 'var':
                            if pend is not None and o_val in pend:
                                tag = MERGED_TAGS[o_val]
                                d[o_val] = merge_pending(buf, o_val, d[o_val], pend.pop(o_val), depth + 1)
                            d[o_val] = None
                        d['var'] = v
                        o_val = 'var'
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['scalar'] is not None:
                            pend = _pending(pend, 'scalar', start, pos)
                        else:
                            if o_val is not None and o_val != 'scalar':
                                if pend is not None and o_val in pend:
                                    tag = MERGED_TAGS[o_val]
                                    d[o_val] = merge_pending(buf, o_val, d[o_val], pend.pop(o_val), depth + 1)
                                d[o_val] = None
                            d['scalar'] = dec_scalar(buf, start, pos, depth + 1, None)
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
