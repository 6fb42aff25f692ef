# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_target, me_config, decode
    INIT = {
        'id': None,
        'type': '',
        'metadata': None,
        'interface': None,
        'custom': None,
        'container': None,
        'task_type_version': 0,
        'security_context': None,
        'extended_resources': None,
        'config': None,
        'k8s_pod': None,
        'sql': None,
        '_unknown_fields': b'',
    }
    ONEOF_target = ('container', 'k8s_pod', 'sql')
    def me_config(buf, pos, end, depth):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        k = ''
        v = ''
        unk = None
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
                        k = buf[start:pos].decode()
                    except UnicodeDecodeError as exc:
                        _bad_utf8(start, exc)
                elif tag == 18:
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
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                if tag >> 3 == 2:
                    exc._enter('[%r]' % (k,))
                raise
        return k, v, unk
    
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['config'] = f_config = {}
            o_target = None
            unk = None
        else:
            d.update(base.__dict__)
            f_config = d['config']
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
                    d['id'] = dec_id(buf, start, pos, depth + 1, d['id'])
                elif tag == 18:
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
                    d['type'] = v
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['metadata'] = dec_metadata(buf, start, pos, depth + 1, d['metadata'])
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['interface'] = dec_interface(buf, start, pos, depth + 1, d['interface'])
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['custom'] = dec_custom(buf, start, pos, depth + 1, d['custom'])
                elif tag == 50:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['container'] = dec_container(buf, start, pos, depth + 1, d['container'])
                    if o_target is not None and o_target != 'container':
                        d[o_target] = None
                    o_target = 'container'
                elif tag == 56:
                    if pos < end and buf[pos] < 128:
                        v = buf[pos]
                        pos += 1
                    else:
                        v, pos = decode_varint(buf, pos, end)
                        if v > 2147483647: v = _int32(v)
                    d['task_type_version'] = v
                elif tag == 66:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['security_context'] = dec_security_context(buf, start, pos, depth + 1, d['security_context'])
                elif tag == 74:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['extended_resources'] = dec_extended_resources(buf, start, pos, depth + 1, d['extended_resources'])
                elif tag == 130:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    es = start
                    fast = False
                    if depth < MAX_DEPTH and es < pos and buf[es] == 10:
                        q = es + 1
                        if q < pos and buf[q] < 128:
                            start = q + 1
                            q = start + buf[q]
                            if q > pos:
                                _overrun(start, q, pos)
                        else:
                            start, q = decode_length(buf, q, pos)
                        try:
                            k = buf[start:q].decode()
                        except UnicodeDecodeError as exc:
                            _bad_utf8(start, exc)
                        if q < pos and buf[q] == 18:
                            q += 1
                            try:
                                if q < pos and buf[q] < 128:
                                    start = q + 1
                                    q = start + buf[q]
                                    if q > pos:
                                        _overrun(start, q, pos)
                                else:
                                    start, q = decode_length(buf, q, pos)
                                try:
                                    v = buf[start:q].decode()
                                except UnicodeDecodeError as exc:
                                    _bad_utf8(start, exc)
                            except DecodeError as exc:
                                exc._enter('[%r]' % (k,))
                                raise
                            if q == pos:
                                f_config[k] = v
                                fast = True
                    if not fast:
                        k, v, entry_unknown = me_config(buf, es, pos, depth + 1)
                        if entry_unknown is None:
                            f_config[k] = v
                        else:
                            if unk is None:
                                unk = bytearray()
                            entry = _entry_bytes(C, 'config', k, v, entry_unknown)
                            unk += b'\x82\x01' + _varint(len(entry)) + entry
                elif tag == 138:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['k8s_pod'] = dec_k8s_pod(buf, start, pos, depth + 1, d['k8s_pod'])
                    if o_target is not None and o_target != 'k8s_pod':
                        d[o_target] = None
                    o_target = 'k8s_pod'
                elif tag == 146:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['sql'] = dec_sql(buf, start, pos, depth + 1, d['sql'])
                    if o_target is not None and o_target != 'sql':
                        d[o_target] = None
                    o_target = 'sql'
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
