# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_type, merge_pending, decode
    EMPTY = None
    ONEOF_type = ('simple', 'schema', 'collection_type', 'map_value_type', 'blob', 'enum_type', 'structured_dataset_type', 'union_type')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'schema':
            return dec_schema(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'collection_type':
            return dec_collection_type(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'map_value_type':
            return dec_map_value_type(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'blob':
            return dec_blob(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'metadata':
            return dec_metadata(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'enum_type':
            return dec_enum_type(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'structured_dataset_type':
            return dec_structured_dataset_type(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'annotation':
            return dec_annotation(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'union_type':
            return dec_union_type(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'structure':
            return dec_structure(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_type = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_type = None
            for n in ONEOF_type:
                if d[n] is not None:
                    o_type = n
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
                            if v > 2147483647: v = _int32(v)
                        v = E_simple.get(v, v)
                        if o_type is not None and o_type != 'simple':
                            if pend is not None and o_type in pend:
                                tag = MERGED_TAGS[o_type]
                                d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                            d[o_type] = None
                        d['simple'] = v
                        o_type = 'simple'
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['schema'] is not None:
                            pend = _pending(pend, 'schema', start, pos)
                        else:
                            if o_type is not None and o_type != 'schema':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['schema'] = dec_schema(buf, start, pos, depth + 1, None)
                            o_type = 'schema'
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['collection_type'] is not None:
                            pend = _pending(pend, 'collection_type', start, pos)
                        else:
                            if o_type is not None and o_type != 'collection_type':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['collection_type'] = dec_collection_type(buf, start, pos, depth + 1, None)
                            o_type = 'collection_type'
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['map_value_type'] is not None:
                            pend = _pending(pend, 'map_value_type', start, pos)
                        else:
                            if o_type is not None and o_type != 'map_value_type':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['map_value_type'] = dec_map_value_type(buf, start, pos, depth + 1, None)
                            o_type = 'map_value_type'
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['blob'] is not None:
                            pend = _pending(pend, 'blob', start, pos)
                        else:
                            if o_type is not None and o_type != 'blob':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['blob'] = dec_blob(buf, start, pos, depth + 1, None)
                            o_type = 'blob'
                    elif tag == 50:
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
                    elif tag == 58:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['enum_type'] is not None:
                            pend = _pending(pend, 'enum_type', start, pos)
                        else:
                            if o_type is not None and o_type != 'enum_type':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['enum_type'] = dec_enum_type(buf, start, pos, depth + 1, None)
                            o_type = 'enum_type'
                    elif tag == 66:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['structured_dataset_type'] is not None:
                            pend = _pending(pend, 'structured_dataset_type', start, pos)
                        else:
                            if o_type is not None and o_type != 'structured_dataset_type':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['structured_dataset_type'] = dec_structured_dataset_type(buf, start, pos, depth + 1, None)
                            o_type = 'structured_dataset_type'
                    elif tag == 74:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['annotation'] is not None:
                            pend = _pending(pend, 'annotation', start, pos)
                        else:
                            d['annotation'] = dec_annotation(buf, start, pos, depth + 1, None)
                    elif tag == 82:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['union_type'] is not None:
                            pend = _pending(pend, 'union_type', start, pos)
                        else:
                            if o_type is not None and o_type != 'union_type':
                                if pend is not None and o_type in pend:
                                    tag = MERGED_TAGS[o_type]
                                    d[o_type] = merge_pending(buf, o_type, d[o_type], pend.pop(o_type), depth + 1)
                                d[o_type] = None
                            d['union_type'] = dec_union_type(buf, start, pos, depth + 1, None)
                            o_type = 'union_type'
                    elif tag == 90:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['structure'] is not None:
                            pend = _pending(pend, 'structure', start, pos)
                        else:
                            d['structure'] = dec_structure(buf, start, pos, depth + 1, None)
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
