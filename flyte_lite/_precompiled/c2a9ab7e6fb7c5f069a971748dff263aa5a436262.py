# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_interruptible_value, me_tags, merge_pending, decode
    EMPTY = None
    ONEOF_interruptible_value = ('interruptible',)
    def me_tags(buf, pos, end, depth):
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
        if n == 'runtime':
            return dec_runtime(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'timeout':
            return dec_timeout(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'retries':
            return dec_retries(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'generates_deck':
            return dec_generates_deck(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'metadata':
            return dec_metadata(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_tags = None
            f_cache_ignore_input_vars = None
            o_interruptible_value = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['tags'] = f_tags = FD(d['tags'])
            d['cache_ignore_input_vars'] = f_cache_ignore_input_vars = FL(d['cache_ignore_input_vars'])
            o_interruptible_value = None
            for n in ONEOF_interruptible_value:
                if d[n] is not None:
                    o_interruptible_value = n
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
                        v = v != 0
                        d['discoverable'] = v
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['runtime'] is not None:
                            pend = _pending(pend, 'runtime', start, pos)
                        else:
                            d['runtime'] = dec_runtime(buf, start, pos, depth + 1, None)
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['timeout'] is not None:
                            pend = _pending(pend, 'timeout', start, pos)
                        else:
                            d['timeout'] = dec_timeout(buf, start, pos, depth + 1, None)
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['retries'] is not None:
                            pend = _pending(pend, 'retries', start, pos)
                        else:
                            d['retries'] = dec_retries(buf, start, pos, depth + 1, None)
                    elif tag == 50:
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
                        d['discovery_version'] = v
                    elif tag == 58:
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
                        d['deprecated_error_message'] = v
                    elif tag == 64:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_interruptible_value is not None and o_interruptible_value != 'interruptible':
                            d[o_interruptible_value] = None
                        d['interruptible'] = v
                        o_interruptible_value = 'interruptible'
                    elif tag == 72:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        d['cache_serializable'] = v
                    elif tag == 90:
                        if f_tags is None:
                            d['tags'] = f_tags = FD()
                        while True:
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
                                        _set_item(f_tags, k, v)
                                        fast = True
                            if not fast:
                                k, v, entry_unknown = me_tags(buf, es, pos, depth + 1)
                                if entry_unknown is None:
                                    _set_item(f_tags, k, v)
                                else:
                                    if unk is None:
                                        unk = bytearray()
                                    entry = _entry_bytes(C, 'tags', k, v, entry_unknown)
                                    unk += b'Z' + _varint(len(entry)) + entry
                            if pos >= end or buf[pos] != 90:
                                break
                            pos += 1
                    elif tag == 98:
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
                        d['pod_template_name'] = v
                    elif tag == 106:
                        if f_cache_ignore_input_vars is None:
                            d['cache_ignore_input_vars'] = f_cache_ignore_input_vars = FL()
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
                            _append(f_cache_ignore_input_vars, v)
                            if pos >= end or buf[pos] != 106:
                                break
                            pos += 1
                    elif tag == 112:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        d['is_eager'] = v
                    elif tag == 122:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['generates_deck'] is not None:
                            pend = _pending(pend, 'generates_deck', start, pos)
                        else:
                            d['generates_deck'] = dec_generates_deck(buf, start, pos, depth + 1, None)
                    elif tag == 130:
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
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 13:
                        exc._enter('cache_ignore_input_vars[%d]' % len(f_cache_ignore_input_vars or ()))
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
