# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_value, me_metadata, decode
    INIT = {
        'scalar': None,
        'collection': None,
        'map': None,
        'hash': '',
        'metadata': None,
        'offloaded_metadata': None,
        '_unknown_fields': b'',
    }
    ONEOF_value = ('scalar', 'collection', 'map', 'offloaded_metadata')
    def me_metadata(buf, pos, end, depth):
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
            d['metadata'] = f_metadata = {}
            o_value = None
            unk = None
        else:
            d.update(base.__dict__)
            f_metadata = d['metadata']
            o_value = None
            for n in ONEOF_value:
                if d[n] is not None:
                    o_value = n
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
                    d['scalar'] = dec_scalar(buf, start, pos, depth + 1, d['scalar'])
                    if o_value is not None and o_value != 'scalar':
                        d[o_value] = None
                    o_value = 'scalar'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['collection'] = dec_collection(buf, start, pos, depth + 1, d['collection'])
                    if o_value is not None and o_value != 'collection':
                        d[o_value] = None
                    o_value = 'collection'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['map'] = dec_map(buf, start, pos, depth + 1, d['map'])
                    if o_value is not None and o_value != 'map':
                        d[o_value] = None
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
                                    f_metadata[k] = v
                                    fast = True
                        if not fast:
                            k, v, entry_unknown = me_metadata(buf, es, pos, depth + 1)
                            if entry_unknown is None:
                                f_metadata[k] = v
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
                    d['offloaded_metadata'] = dec_offloaded_metadata(buf, start, pos, depth + 1, d['offloaded_metadata'])
                    if o_value is not None and o_value != 'offloaded_metadata':
                        d[o_value] = None
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
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
