# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_target, decode
    INIT = {
        'id': '',
        'metadata': None,
        'inputs': None,
        'upstream_node_ids': None,
        'output_aliases': None,
        'task_node': None,
        'workflow_node': None,
        'branch_node': None,
        'gate_node': None,
        'array_node': None,
        '_unknown_fields': b'',
    }
    ONEOF_target = ('task_node', 'workflow_node', 'branch_node', 'gate_node', 'array_node')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['inputs'] = f_inputs = []
            d['upstream_node_ids'] = f_upstream_node_ids = []
            d['output_aliases'] = f_output_aliases = []
            o_target = None
            unk = None
        else:
            d.update(base.__dict__)
            f_inputs = d['inputs']
            f_upstream_node_ids = d['upstream_node_ids']
            f_output_aliases = d['output_aliases']
            o_target = None
            for n in ONEOF_target:
                if d[n] is not None:
                    o_target = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                    d['metadata'] = dec_metadata(buf, start, pos, depth + 1, d['metadata'])
                elif tag == 26:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_inputs.append(dec_inputs(buf, start, pos, depth + 1, None))
                        if pos >= end or buf[pos] != 26:
                            break
                        pos += 1
                elif tag == 34:
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
                        f_upstream_node_ids.append(v)
                        if pos >= end or buf[pos] != 34:
                            break
                        pos += 1
                elif tag == 42:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_output_aliases.append(dec_output_aliases(buf, start, pos, depth + 1, None))
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
                    d['task_node'] = dec_task_node(buf, start, pos, depth + 1, d['task_node'])
                    if o_target is not None and o_target != 'task_node':
                        d[o_target] = None
                    o_target = 'task_node'
                elif tag == 58:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['workflow_node'] = dec_workflow_node(buf, start, pos, depth + 1, d['workflow_node'])
                    if o_target is not None and o_target != 'workflow_node':
                        d[o_target] = None
                    o_target = 'workflow_node'
                elif tag == 66:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['branch_node'] = dec_branch_node(buf, start, pos, depth + 1, d['branch_node'])
                    if o_target is not None and o_target != 'branch_node':
                        d[o_target] = None
                    o_target = 'branch_node'
                elif tag == 74:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['gate_node'] = dec_gate_node(buf, start, pos, depth + 1, d['gate_node'])
                    if o_target is not None and o_target != 'gate_node':
                        d[o_target] = None
                    o_target = 'gate_node'
                elif tag == 82:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['array_node'] = dec_array_node(buf, start, pos, depth + 1, d['array_node'])
                    if o_target is not None and o_target != 'array_node':
                        d[o_target] = None
                    o_target = 'array_node'
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                if n == 3:
                    exc._enter('inputs[%d]' % len(f_inputs))
                elif n == 4:
                    exc._enter('upstream_node_ids[%d]' % len(f_upstream_node_ids))
                elif n == 5:
                    exc._enter('output_aliases[%d]' % len(f_output_aliases))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
