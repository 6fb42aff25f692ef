# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_identifier, merge_pending, decode
    EMPTY = None
    ONEOF_identifier = ('artifact_id', 'artifact_tag', 'uri', 'binding')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'artifact_id':
            return dec_artifact_id(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'artifact_tag':
            return dec_artifact_tag(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'binding':
            return dec_binding(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_identifier = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_identifier = None
            for n in ONEOF_identifier:
                if d[n] is not None:
                    o_identifier = n
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
                        if d['artifact_id'] is not None:
                            pend = _pending(pend, 'artifact_id', start, pos)
                        else:
                            if o_identifier is not None and o_identifier != 'artifact_id':
                                if pend is not None and o_identifier in pend:
                                    tag = MERGED_TAGS[o_identifier]
                                    d[o_identifier] = merge_pending(buf, o_identifier, d[o_identifier], pend.pop(o_identifier), depth + 1)
                                d[o_identifier] = None
                            d['artifact_id'] = dec_artifact_id(buf, start, pos, depth + 1, None)
                            o_identifier = 'artifact_id'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['artifact_tag'] is not None:
                            pend = _pending(pend, 'artifact_tag', start, pos)
                        else:
                            if o_identifier is not None and o_identifier != 'artifact_tag':
                                if pend is not None and o_identifier in pend:
                                    tag = MERGED_TAGS[o_identifier]
                                    d[o_identifier] = merge_pending(buf, o_identifier, d[o_identifier], pend.pop(o_identifier), depth + 1)
                                d[o_identifier] = None
                            d['artifact_tag'] = dec_artifact_tag(buf, start, pos, depth + 1, None)
                            o_identifier = 'artifact_tag'
                    elif tag == 26:
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
                        if o_identifier is not None and o_identifier != 'uri':
                            if pend is not None and o_identifier in pend:
                                tag = MERGED_TAGS[o_identifier]
                                d[o_identifier] = merge_pending(buf, o_identifier, d[o_identifier], pend.pop(o_identifier), depth + 1)
                            d[o_identifier] = None
                        d['uri'] = v
                        o_identifier = 'uri'
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['binding'] is not None:
                            pend = _pending(pend, 'binding', start, pos)
                        else:
                            if o_identifier is not None and o_identifier != 'binding':
                                if pend is not None and o_identifier in pend:
                                    tag = MERGED_TAGS[o_identifier]
                                    d[o_identifier] = merge_pending(buf, o_identifier, d[o_identifier], pend.pop(o_identifier), depth + 1)
                                d[o_identifier] = None
                            d['binding'] = dec_binding(buf, start, pos, depth + 1, None)
                            o_identifier = 'binding'
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
