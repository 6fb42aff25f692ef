# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_value, merge_pending, decode
    EMPTY = None
    ONEOF_value = ('integer', 'float_value', 'string_value', 'boolean', 'datetime', 'duration')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'datetime':
            return dec_datetime(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'duration':
            return dec_duration(buf, 0, 0, depth, base, _pairs(spans))
    
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
                    if tag == 8:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 9223372036854775807: v -= 18446744073709551616
                        if o_value is not None and o_value != 'integer':
                            if pend is not None and o_value in pend:
                                tag = MERGED_TAGS[o_value]
                                d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                            d[o_value] = None
                        d['integer'] = v
                        o_value = 'integer'
                    elif tag == 17:
                        if pos + 8 > end: _truncated(pos, 8)
                        v = unpack_double(buf, pos)[0]
                        pos += 8
                        if o_value is not None and o_value != 'float_value':
                            if pend is not None and o_value in pend:
                                tag = MERGED_TAGS[o_value]
                                d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                            d[o_value] = None
                        d['float_value'] = v
                        o_value = 'float_value'
                    elif tag == 26:
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
                        if o_value is not None and o_value != 'string_value':
                            if pend is not None and o_value in pend:
                                tag = MERGED_TAGS[o_value]
                                d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                            d[o_value] = None
                        d['string_value'] = v
                        o_value = 'string_value'
                    elif tag == 32:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_value is not None and o_value != 'boolean':
                            if pend is not None and o_value in pend:
                                tag = MERGED_TAGS[o_value]
                                d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                            d[o_value] = None
                        d['boolean'] = v
                        o_value = 'boolean'
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['datetime'] is not None:
                            pend = _pending(pend, 'datetime', start, pos)
                        else:
                            if o_value is not None and o_value != 'datetime':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['datetime'] = dec_datetime(buf, start, pos, depth + 1, None)
                            o_value = 'datetime'
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['duration'] is not None:
                            pend = _pending(pend, 'duration', start, pos)
                        else:
                            if o_value is not None and o_value != 'duration':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['duration'] = dec_duration(buf, start, pos, depth + 1, None)
                            o_value = 'duration'
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
