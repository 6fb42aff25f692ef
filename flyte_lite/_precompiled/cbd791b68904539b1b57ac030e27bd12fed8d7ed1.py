# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_target, me_config, merge_pending, decode
    EMPTY = None
    ONEOF_target = ('container', 'k8s_pod', 'sql')
    def me_config(buf, pos, end, depth):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        k = ''
        v = ''
        unk = more = None
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
    
    def merge_pending(buf, n, base, spans, depth):
        if n == 'id':
            return dec_id(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'metadata':
            return dec_metadata(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'interface':
            return dec_interface(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'custom':
            return dec_custom(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'container':
            return dec_container(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'security_context':
            return dec_security_context(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'extended_resources':
            return dec_extended_resources(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'k8s_pod':
            return dec_k8s_pod(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'sql':
            return dec_sql(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_config = None
            o_target = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['config'] = f_config = FD(d['config'])
            o_target = None
            for n in ONEOF_target:
                if d[n] is not None:
                    o_target = n
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
                        if d['metadata'] is not None:
                            pend = _pending(pend, 'metadata', start, pos)
                        else:
                            d['metadata'] = dec_metadata(buf, start, pos, depth + 1, None)
                    elif tag == 34:
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
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['custom'] is not None:
                            pend = _pending(pend, 'custom', start, pos)
                        else:
                            d['custom'] = dec_custom(buf, start, pos, depth + 1, None)
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['container'] is not None:
                            pend = _pending(pend, 'container', start, pos)
                        else:
                            if o_target is not None and o_target != 'container':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['container'] = dec_container(buf, start, pos, depth + 1, None)
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
                        if d['security_context'] is not None:
                            pend = _pending(pend, 'security_context', start, pos)
                        else:
                            d['security_context'] = dec_security_context(buf, start, pos, depth + 1, None)
                    elif tag == 74:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['extended_resources'] is not None:
                            pend = _pending(pend, 'extended_resources', start, pos)
                        else:
                            d['extended_resources'] = dec_extended_resources(buf, start, pos, depth + 1, None)
                    elif tag == 130:
                        if f_config is None:
                            d['config'] = f_config = FD()
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
                                    _set_item(f_config, k, v)
                                    fast = True
                        if not fast:
                            k, v, entry_unknown = me_config(buf, es, pos, depth + 1)
                            if entry_unknown is None:
                                _set_item(f_config, k, v)
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
                        if d['k8s_pod'] is not None:
                            pend = _pending(pend, 'k8s_pod', start, pos)
                        else:
                            if o_target is not None and o_target != 'k8s_pod':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['k8s_pod'] = dec_k8s_pod(buf, start, pos, depth + 1, None)
                            o_target = 'k8s_pod'
                    elif tag == 146:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['sql'] is not None:
                            pend = _pending(pend, 'sql', start, pos)
                        else:
                            if o_target is not None and o_target != 'sql':
                                if pend is not None and o_target in pend:
                                    tag = MERGED_TAGS[o_target]
                                    d[o_target] = merge_pending(buf, o_target, d[o_target], pend.pop(o_target), depth + 1)
                                d[o_target] = None
                            d['sql'] = dec_sql(buf, start, pos, depth + 1, None)
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
