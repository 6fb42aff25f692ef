# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, merge_pending, decode
    EMPTY = None
    def merge_pending(buf, n, base, spans, depth):
        if n == 'compiled_task':
            return dec_compiled_task(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'created_at':
            return dec_created_at(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            unk = None
        else:
            d = base.__dict__.copy()
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
                        if d['compiled_task'] is not None:
                            pend = _pending(pend, 'compiled_task', start, pos)
                        else:
                            d['compiled_task'] = dec_compiled_task(buf, start, pos, depth + 1, None)
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['created_at'] is not None:
                            pend = _pending(pend, 'created_at', start, pos)
                        else:
                            d['created_at'] = dec_created_at(buf, start, pos, depth + 1, None)
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
