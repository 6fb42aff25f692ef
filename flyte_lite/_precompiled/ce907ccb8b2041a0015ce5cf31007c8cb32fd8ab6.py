# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, me_parameters, decode
    EMPTY = None
    def me_parameters(buf, pos, end, depth):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        k = ''
        v = _MISSING
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
                    if v is _MISSING:
                        v = dec_parameters_v(buf, start, pos, depth + 1, None)
                        first = start, pos
                    else:
                        more = _pending(more, 'v', start, pos)
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                if tag >> 3 == 2:
                    exc._enter('[%r]' % (k,))
                raise
        if more is not None:
            try:
                v = dec_parameters_v(buf, first[0], first[1], depth + 1, None, _pairs(more['v']))
            except DecodeError as exc:
                exc._enter('[%r]' % (k,))
                raise
        if v is _MISSING and unk is None: v = dec_parameters_v(b'', 0, 0, depth + 1, None)
        return k, v, unk
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_parameters = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['parameters'] = f_parameters = FD(d['parameters'])
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
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
                        if f_parameters is None:
                            d['parameters'] = f_parameters = FD()
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
                                        v = dec_parameters_v(buf, start, q, depth + 2, None)
                                    except DecodeError as exc:
                                        exc._enter('[%r]' % (k,))
                                        raise
                                    if q == pos:
                                        _set_item(f_parameters, k, v)
                                        fast = True
                            if not fast:
                                k, v, entry_unknown = me_parameters(buf, es, pos, depth + 1)
                                if entry_unknown is None:
                                    _set_item(f_parameters, k, v)
                                else:
                                    if unk is None:
                                        unk = bytearray()
                                    entry = _entry_bytes(C, 'parameters', k, v, entry_unknown)
                                    unk += b'\n' + _varint(len(entry)) + entry
                            if pos >= end or buf[pos] != 10:
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
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
