# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_cache_serializable_value, ONEOF_cache_version_value, ONEOF_cacheable_value, ONEOF_interruptible_value, me_config, merge_pending, decode
    EMPTY = None
    ONEOF_cache_serializable_value = ('cache_serializable',)
    ONEOF_cache_version_value = ('cache_version',)
    ONEOF_cacheable_value = ('cacheable',)
    ONEOF_interruptible_value = ('interruptible',)
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
        if n == 'timeout':
            return dec_timeout(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'retries':
            return dec_retries(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_config = None
            o_cache_serializable_value = None
            o_cache_version_value = None
            o_cacheable_value = None
            o_interruptible_value = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['config'] = f_config = FD(d['config'])
            o_cache_serializable_value = None
            for n in ONEOF_cache_serializable_value:
                if d[n] is not None:
                    o_cache_serializable_value = n
            o_cache_version_value = None
            for n in ONEOF_cache_version_value:
                if d[n] is not None:
                    o_cache_version_value = n
            o_cacheable_value = None
            for n in ONEOF_cacheable_value:
                if d[n] is not None:
                    o_cacheable_value = n
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
                        d['name'] = v
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
                    elif tag == 48:
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
                    elif tag == 56:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_cacheable_value is not None and o_cacheable_value != 'cacheable':
                            d[o_cacheable_value] = None
                        d['cacheable'] = v
                        o_cacheable_value = 'cacheable'
                    elif tag == 66:
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
                        if o_cache_version_value is not None and o_cache_version_value != 'cache_version':
                            d[o_cache_version_value] = None
                        d['cache_version'] = v
                        o_cache_version_value = 'cache_version'
                    elif tag == 72:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_cache_serializable_value is not None and o_cache_serializable_value != 'cache_serializable':
                            d[o_cache_serializable_value] = None
                        d['cache_serializable'] = v
                        o_cache_serializable_value = 'cache_serializable'
                    elif tag == 82:
                        if f_config is None:
                            d['config'] = f_config = FD()
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
                                    unk += b'R' + _varint(len(entry)) + entry
                            if pos >= end or buf[pos] != 82:
                                break
                            pos += 1
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
