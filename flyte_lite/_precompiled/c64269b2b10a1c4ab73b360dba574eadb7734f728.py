# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_value, merge_pending, decode
    EMPTY = None
    ONEOF_value = ('static_value', 'time_value', 'triggered_binding', 'input_binding', 'runtime_binding')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'time_value':
            return dec_time_value(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'triggered_binding':
            return dec_triggered_binding(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'input_binding':
            return dec_input_binding(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'runtime_binding':
            return dec_runtime_binding(buf, 0, 0, depth, base, _pairs(spans))
    
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
                        try:
                            v = buf[start:pos].decode()
                        except UnicodeDecodeError as exc:
                            _bad_utf8(start, exc)
                        if o_value is not None and o_value != 'static_value':
                            if pend is not None and o_value in pend:
                                tag = MERGED_TAGS[o_value]
                                d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                            d[o_value] = None
                        d['static_value'] = v
                        o_value = 'static_value'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['time_value'] is not None:
                            pend = _pending(pend, 'time_value', start, pos)
                        else:
                            if o_value is not None and o_value != 'time_value':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['time_value'] = dec_time_value(buf, start, pos, depth + 1, None)
                            o_value = 'time_value'
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['triggered_binding'] is not None:
                            pend = _pending(pend, 'triggered_binding', start, pos)
                        else:
                            if o_value is not None and o_value != 'triggered_binding':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['triggered_binding'] = dec_triggered_binding(buf, start, pos, depth + 1, None)
                            o_value = 'triggered_binding'
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['input_binding'] is not None:
                            pend = _pending(pend, 'input_binding', start, pos)
                        else:
                            if o_value is not None and o_value != 'input_binding':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['input_binding'] = dec_input_binding(buf, start, pos, depth + 1, None)
                            o_value = 'input_binding'
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['runtime_binding'] is not None:
                            pend = _pending(pend, 'runtime_binding', start, pos)
                        else:
                            if o_value is not None and o_value != 'runtime_binding':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['runtime_binding'] = dec_runtime_binding(buf, start, pos, depth + 1, None)
                            o_value = 'runtime_binding'
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
