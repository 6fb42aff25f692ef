# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode
    INIT = {
        'id': None,
        'metadata': None,
        'interface': None,
        'nodes': None,
        'outputs': None,
        'failure_node': None,
        'metadata_defaults': None,
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['nodes'] = f_nodes = []
            d['outputs'] = f_outputs = []
            unk = None
        else:
            d.update(base.__dict__)
            f_nodes = d['nodes']
            f_outputs = d['outputs']
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
                    d['id'] = dec_id(buf, start, pos, depth + 1, d['id'])
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
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['interface'] = dec_interface(buf, start, pos, depth + 1, d['interface'])
                elif tag == 34:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_nodes.append(dec_nodes(buf, start, pos, depth + 1, None))
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
                        f_outputs.append(dec_outputs(buf, start, pos, depth + 1, None))
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
                    d['failure_node'] = dec_failure_node(buf, start, pos, depth + 1, d['failure_node'])
                elif tag == 58:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['metadata_defaults'] = dec_metadata_defaults(buf, start, pos, depth + 1, d['metadata_defaults'])
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                if n == 4:
                    exc._enter('nodes[%d]' % len(f_nodes))
                elif n == 5:
                    exc._enter('outputs[%d]' % len(f_outputs))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
