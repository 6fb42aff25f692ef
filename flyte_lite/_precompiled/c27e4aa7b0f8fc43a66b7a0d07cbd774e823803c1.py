# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, me_tags, merge_pending, decode
    EMPTY = None
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
        if n == 'quality_of_service':
            return dec_quality_of_service(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_tags = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['tags'] = f_tags = FD(d['tags'])
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
                        if d['quality_of_service'] is not None:
                            pend = _pending(pend, 'quality_of_service', start, pos)
                        else:
                            d['quality_of_service'] = dec_quality_of_service(buf, start, pos, depth + 1, None)
                    elif tag == 16:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        v = E_on_failure.get(v, v)
                        d['on_failure'] = v
                    elif tag == 26:
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
                                    unk += b'\x1a' + _varint(len(entry)) + entry
                            if pos >= end or buf[pos] != 26:
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
