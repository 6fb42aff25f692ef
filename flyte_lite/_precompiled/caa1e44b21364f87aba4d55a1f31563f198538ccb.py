# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_behavior, merge_pending, decode
    EMPTY = None
    ONEOF_behavior = ('default', 'required', 'artifact_query', 'artifact_id')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'var':
            return dec_var(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'default':
            return dec_default(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'artifact_query':
            return dec_artifact_query(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'artifact_id':
            return dec_artifact_id(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_behavior = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_behavior = None
            for n in ONEOF_behavior:
                if d[n] is not None:
                    o_behavior = n
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
                        if d['var'] is not None:
                            pend = _pending(pend, 'var', start, pos)
                        else:
                            d['var'] = dec_var(buf, start, pos, depth + 1, None)
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['default'] is not None:
                            pend = _pending(pend, 'default', start, pos)
                        else:
                            if o_behavior is not None and o_behavior != 'default':
                                if pend is not None and o_behavior in pend:
                                    tag = MERGED_TAGS[o_behavior]
                                    d[o_behavior] = merge_pending(buf, o_behavior, d[o_behavior], pend.pop(o_behavior), depth + 1)
                                d[o_behavior] = None
                            d['default'] = dec_default(buf, start, pos, depth + 1, None)
                            o_behavior = 'default'
                    elif tag == 24:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_behavior is not None and o_behavior != 'required':
                            if pend is not None and o_behavior in pend:
                                tag = MERGED_TAGS[o_behavior]
                                d[o_behavior] = merge_pending(buf, o_behavior, d[o_behavior], pend.pop(o_behavior), depth + 1)
                            d[o_behavior] = None
                        d['required'] = v
                        o_behavior = 'required'
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['artifact_query'] is not None:
                            pend = _pending(pend, 'artifact_query', start, pos)
                        else:
                            if o_behavior is not None and o_behavior != 'artifact_query':
                                if pend is not None and o_behavior in pend:
                                    tag = MERGED_TAGS[o_behavior]
                                    d[o_behavior] = merge_pending(buf, o_behavior, d[o_behavior], pend.pop(o_behavior), depth + 1)
                                d[o_behavior] = None
                            d['artifact_query'] = dec_artifact_query(buf, start, pos, depth + 1, None)
                            o_behavior = 'artifact_query'
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['artifact_id'] is not None:
                            pend = _pending(pend, 'artifact_id', start, pos)
                        else:
                            if o_behavior is not None and o_behavior != 'artifact_id':
                                if pend is not None and o_behavior in pend:
                                    tag = MERGED_TAGS[o_behavior]
                                    d[o_behavior] = merge_pending(buf, o_behavior, d[o_behavior], pend.pop(o_behavior), depth + 1)
                                d[o_behavior] = None
                            d['artifact_id'] = dec_artifact_id(buf, start, pos, depth + 1, None)
                            o_behavior = 'artifact_id'
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
