# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_value, merge_pending, decode
    EMPTY = None
    ONEOF_value = ('primitive', 'blob', 'binary', 'schema', 'none_type', 'error', 'generic', 'structured_dataset', 'union')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'primitive':
            return dec_primitive(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'blob':
            return dec_blob(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'binary':
            return dec_binary(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'schema':
            return dec_schema(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'none_type':
            return dec_none_type(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'error':
            return dec_error(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'generic':
            return dec_generic(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'structured_dataset':
            return dec_structured_dataset(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'union':
            return dec_union(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_value = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_value = None
            for n in ONEOF_value:
                if d[n] is not None:
                    o_value = n
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
                            if o_value is not None and o_value != 'primitive':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['primitive'] = dec_primitive(buf, start, pos, depth + 1, None)
                            o_value = 'primitive'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['blob'] is not None:
                            pend = _pending(pend, 'blob', start, pos)
                        else:
                            if o_value is not None and o_value != 'blob':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['blob'] = dec_blob(buf, start, pos, depth + 1, None)
                            o_value = 'blob'
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['binary'] is not None:
                            pend = _pending(pend, 'binary', start, pos)
                        else:
                            if o_value is not None and o_value != 'binary':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['binary'] = dec_binary(buf, start, pos, depth + 1, None)
                            o_value = 'binary'
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['schema'] is not None:
                            pend = _pending(pend, 'schema', start, pos)
                        else:
                            if o_value is not None and o_value != 'schema':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['schema'] = dec_schema(buf, start, pos, depth + 1, None)
                            o_value = 'schema'
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['none_type'] is not None:
                            pend = _pending(pend, 'none_type', start, pos)
                        else:
                            if o_value is not None and o_value != 'none_type':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['none_type'] = dec_none_type(buf, start, pos, depth + 1, None)
                            o_value = 'none_type'
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['error'] is not None:
                            pend = _pending(pend, 'error', start, pos)
                        else:
                            if o_value is not None and o_value != 'error':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['error'] = dec_error(buf, start, pos, depth + 1, None)
                            o_value = 'error'
                    elif tag == 58:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['generic'] is not None:
                            pend = _pending(pend, 'generic', start, pos)
                        else:
                            if o_value is not None and o_value != 'generic':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['generic'] = dec_generic(buf, start, pos, depth + 1, None)
                            o_value = 'generic'
                    elif tag == 66:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['structured_dataset'] is not None:
                            pend = _pending(pend, 'structured_dataset', start, pos)
                        else:
                            if o_value is not None and o_value != 'structured_dataset':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['structured_dataset'] = dec_structured_dataset(buf, start, pos, depth + 1, None)
                            o_value = 'structured_dataset'
                    elif tag == 74:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['union'] is not None:
                            pend = _pending(pend, 'union', start, pos)
                        else:
                            if o_value is not None and o_value != 'union':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['union'] = dec_union(buf, start, pos, depth + 1, None)
                            o_value = 'union'
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
