# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, merge_pending, decode
    EMPTY = None
    def merge_pending(buf, n, base, spans, depth):
        if n == 'id':
            return dec_id(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'metadata':
            return dec_metadata(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'interface':
            return dec_interface(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'failure_node':
            return dec_failure_node(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'metadata_defaults':
            return dec_metadata_defaults(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_nodes = None
            f_outputs = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['nodes'] = f_nodes = FL(d['nodes'])
            d['outputs'] = f_outputs = FL(d['outputs'])
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
                        if d['id'] is not None:
                            pend = _pending(pend, 'id', start, pos)
                        else:
                            d['id'] = dec_id(buf, start, pos, depth + 1, None)
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['metadata'] is not None:
                            pend = _pending(pend, 'metadata', start, pos)
                        else:
                            d['metadata'] = dec_metadata(buf, start, pos, depth + 1, None)
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['interface'] is not None:
                            pend = _pending(pend, 'interface', start, pos)
                        else:
                            d['interface'] = dec_interface(buf, start, pos, depth + 1, None)
                    elif tag == 34:
                        if f_nodes is None:
                            d['nodes'] = f_nodes = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_nodes, dec_nodes(buf, start, pos, depth + 1, None))
                            else:
                                key = (4, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_nodes(buf, start, pos, depth + 1, None)
                                _append(f_nodes, el)
                            if pos >= end or buf[pos] != 34:
                                break
                            pos += 1
                    elif tag == 42:
                        if f_outputs is None:
                            d['outputs'] = f_outputs = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_outputs, dec_outputs(buf, start, pos, depth + 1, None))
                            else:
                                key = (5, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_outputs(buf, start, pos, depth + 1, None)
                                _append(f_outputs, el)
                            if pos >= end or buf[pos] != 42:
                                break
                            pos += 1
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['failure_node'] is not None:
                            pend = _pending(pend, 'failure_node', start, pos)
                        else:
                            d['failure_node'] = dec_failure_node(buf, start, pos, depth + 1, None)
                    elif tag == 58:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['metadata_defaults'] is not None:
                            pend = _pending(pend, 'metadata_defaults', start, pos)
                        else:
                            d['metadata_defaults'] = dec_metadata_defaults(buf, start, pos, depth + 1, None)
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 4:
                        exc._enter('nodes[%d]' % len(f_nodes or ()))
                    elif n == 5:
                        exc._enter('outputs[%d]' % len(f_outputs or ()))
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
