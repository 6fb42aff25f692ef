# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_default, merge_pending, decode
    EMPTY = None
    ONEOF_default = ('else_node', 'error')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'case':
            return dec_case(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'else_node':
            return dec_else_node(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'error':
            return dec_error(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_other = None
            o_default = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['other'] = f_other = FL(d['other'])
            o_default = None
            for n in ONEOF_default:
                if d[n] is not None:
                    o_default = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
        pend = None
        memo = None
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
                        if d['case'] is not None:
                            pend = _pending(pend, 'case', start, pos)
                        else:
                            d['case'] = dec_case(buf, start, pos, depth + 1, None)
                    elif tag == 18:
                        if f_other is None:
                            d['other'] = f_other = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_other, dec_other(buf, start, pos, depth + 1, None))
                            else:
                                key = (2, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_other(buf, start, pos, depth + 1, None)
                                _append(f_other, el)
                            if pos >= end or buf[pos] != 18:
                                break
                            pos += 1
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['else_node'] is not None:
                            pend = _pending(pend, 'else_node', start, pos)
                        else:
                            if o_default is not None and o_default != 'else_node':
                                if pend is not None and o_default in pend:
                                    tag = MERGED_TAGS[o_default]
                                    d[o_default] = merge_pending(buf, o_default, d[o_default], pend.pop(o_default), depth + 1)
                                d[o_default] = None
                            d['else_node'] = dec_else_node(buf, start, pos, depth + 1, None)
                            o_default = 'else_node'
                    elif tag == 34:
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
                            if o_default is not None and o_default != 'error':
                                if pend is not None and o_default in pend:
                                    tag = MERGED_TAGS[o_default]
                                    d[o_default] = merge_pending(buf, o_default, d[o_default], pend.pop(o_default), depth + 1)
                                d[o_default] = None
                            d['error'] = dec_error(buf, start, pos, depth + 1, None)
                            o_default = 'error'
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 2:
                        exc._enter('other[%d]' % len(f_other or ()))
                    else:
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
