# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_target, merge_pending, decode
    EMPTY = None
    ONEOF_target = ('task_node', 'workflow_node', 'branch_node', 'gate_node', 'array_node')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'metadata':
            return dec_metadata(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'task_node':
            return dec_task_node(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'workflow_node':
            return dec_workflow_node(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'branch_node':
            return dec_branch_node(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'gate_node':
            return dec_gate_node(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'array_node':
            return dec_array_node(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_inputs = None
            f_upstream_node_ids = None
            f_output_aliases = None
            o_target = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['inputs'] = f_inputs = FL(d['inputs'])
            d['upstream_node_ids'] = f_upstream_node_ids = FL(d['upstream_node_ids'])
            d['output_aliases'] = f_output_aliases = FL(d['output_aliases'])
            o_target = None
            for n in ONEOF_target:
                if d[n] is not None:
                    o_target = n
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
                        try:
                            v = buf[start:pos].decode()
                        except UnicodeDecodeError as exc:
                            _bad_utf8(start, exc)
                        d['id'] = v
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
                        if f_inputs is None:
                            d['inputs'] = f_inputs = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_inputs, dec_inputs(buf, start, pos, depth + 1, None))
                            else:
                                key = (3, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_inputs(buf, start, pos, depth + 1, None)
                                _append(f_inputs, el)
                            if pos >= end or buf[pos] != 26:
                                break
                            pos += 1
                    elif tag == 34:
                        if f_upstream_node_ids is None:
                            d['upstream_node_ids'] = f_upstream_node_ids = FL()
                        while True:
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
                            _append(f_upstream_node_ids, v)
                            if pos >= end or buf[pos] != 34:
                                break
                            pos += 1
                    elif tag == 42:
                        if f_output_aliases is None:
                            d['output_aliases'] = f_output_aliases = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_output_aliases, dec_output_aliases(buf, start, pos, depth + 1, None))
                            else:
                                key = (5, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_output_aliases(buf, start, pos, depth + 1, None)
                                _append(f_output_aliases, el)
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
                        if d['task_node'] is not None:
                            pend = _pending(pend, 'task_node', start, pos)
                        else:
                            if o_target is not None and o_target != 'task_node':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['task_node'] = dec_task_node(buf, start, pos, depth + 1, None)
                            o_target = 'task_node'
                    elif tag == 58:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['workflow_node'] is not None:
                            pend = _pending(pend, 'workflow_node', start, pos)
                        else:
                            if o_target is not None and o_target != 'workflow_node':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['workflow_node'] = dec_workflow_node(buf, start, pos, depth + 1, None)
                            o_target = 'workflow_node'
                    elif tag == 66:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['branch_node'] is not None:
                            pend = _pending(pend, 'branch_node', start, pos)
                        else:
                            if o_target is not None and o_target != 'branch_node':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['branch_node'] = dec_branch_node(buf, start, pos, depth + 1, None)
                            o_target = 'branch_node'
                    elif tag == 74:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['gate_node'] is not None:
                            pend = _pending(pend, 'gate_node', start, pos)
                        else:
                            if o_target is not None and o_target != 'gate_node':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['gate_node'] = dec_gate_node(buf, start, pos, depth + 1, None)
                            o_target = 'gate_node'
                    elif tag == 82:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['array_node'] is not None:
                            pend = _pending(pend, 'array_node', start, pos)
                        else:
                            if o_target is not None and o_target != 'array_node':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['array_node'] = dec_array_node(buf, start, pos, depth + 1, None)
                            o_target = 'array_node'
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 3:
                        exc._enter('inputs[%d]' % len(f_inputs or ()))
                    elif n == 4:
                        exc._enter('upstream_node_ids[%d]' % len(f_upstream_node_ids or ()))
                    elif n == 5:
                        exc._enter('output_aliases[%d]' % len(f_output_aliases or ()))
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
