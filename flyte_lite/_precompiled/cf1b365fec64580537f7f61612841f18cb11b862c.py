# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_value, me_metadata, merge_pending, decode
    EMPTY = None
    ONEOF_value = ('scalar', 'collection', 'map', 'offloaded_metadata')
    def me_metadata(buf, pos, end, depth):
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
        if n == 'scalar':
            return dec_scalar(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'collection':
            return dec_collection(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'map':
            return dec_map(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'offloaded_metadata':
            return dec_offloaded_metadata(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_metadata = None
            o_value = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['metadata'] = f_metadata = FD(d['metadata'])
            o_value = None
            for n in ONEOF_value:
                if d[n] is not None:
                    o_value = n
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
                        if d['scalar'] is not None:
                            pend = _pending(pend, 'scalar', start, pos)
                        else:
                            if o_value is not None and o_value != 'scalar':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['scalar'] = dec_scalar(buf, start, pos, depth + 1, None)
                            o_value = 'scalar'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['collection'] is not None:
                            pend = _pending(pend, 'collection', start, pos)
                        else:
                            if o_value is not None and o_value != 'collection':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['collection'] = dec_collection(buf, start, pos, depth + 1, None)
                            o_value = 'collection'
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['map'] is not None:
                            pend = _pending(pend, 'map', start, pos)
                        else:
                            if o_value is not None and o_value != 'map':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['map'] = dec_map(buf, start, pos, depth + 1, None)
                            o_value = 'map'
                    elif tag == 34:
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
                        d['hash'] = v
                    elif tag == 42:
                        if f_metadata is None:
                            d['metadata'] = f_metadata = FD()
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
                                        _set_item(f_metadata, k, v)
                                        fast = True
                            if not fast:
                                k, v, entry_unknown = me_metadata(buf, es, pos, depth + 1)
                                if entry_unknown is None:
                                    _set_item(f_metadata, k, v)
                                else:
                                    if unk is None:
                                        unk = bytearray()
                                    entry = _entry_bytes(C, 'metadata', k, v, entry_unknown)
                                    unk += b'*' + _varint(len(entry)) + entry
                            if pos >= end or buf[pos] != 42:
                                break
                            pos += 1
                    elif tag == 66:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['offloaded_metadata'] is not None:
                            pend = _pending(pend, 'offloaded_metadata', start, pos)
                        else:
                            if o_value is not None and o_value != 'offloaded_metadata':
                                if pend is not None and o_value in pend:
                                    tag = MERGED_TAGS[o_value]
                                    d[o_value] = merge_pending(buf, o_value, d[o_value], pend.pop(o_value), depth + 1)
                                d[o_value] = None
                            d['offloaded_metadata'] = dec_offloaded_metadata(buf, start, pos, depth + 1, None)
                            o_value = 'offloaded_metadata'
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
