# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_type, decode
    INIT = {
        'simple': None,
        'schema': None,
        'collection_type': None,
        'map_value_type': None,
        'blob': None,
        'metadata': None,
        'enum_type': None,
        'structured_dataset_type': None,
        'annotation': None,
        'union_type': None,
        'structure': None,
        '_unknown_fields': b'',
    }
    ONEOF_type = ('simple', 'schema', 'collection_type', 'map_value_type', 'blob', 'enum_type', 'structured_dataset_type', 'union_type')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_type = None
            unk = None
        else:
            d.update(base.__dict__)
            o_type = None
            for n in ONEOF_type:
                if d[n] is not None:
                    o_type = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                    d['simple'] = v
                    if o_type is not None and o_type != 'simple':
                        d[o_type] = None
                    o_type = 'simple'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['schema'] = dec_schema(buf, start, pos, depth + 1, d['schema'])
                    if o_type is not None and o_type != 'schema':
                        d[o_type] = None
                    o_type = 'schema'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['collection_type'] = dec_collection_type(buf, start, pos, depth + 1, d['collection_type'])
                    if o_type is not None and o_type != 'collection_type':
                        d[o_type] = None
                    o_type = 'collection_type'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['map_value_type'] = dec_map_value_type(buf, start, pos, depth + 1, d['map_value_type'])
                    if o_type is not None and o_type != 'map_value_type':
                        d[o_type] = None
                    o_type = 'map_value_type'
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['blob'] = dec_blob(buf, start, pos, depth + 1, d['blob'])
                    if o_type is not None and o_type != 'blob':
                        d[o_type] = None
                    o_type = 'blob'
                elif tag == 50:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['metadata'] = dec_metadata(buf, start, pos, depth + 1, d['metadata'])
                elif tag == 58:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['enum_type'] = dec_enum_type(buf, start, pos, depth + 1, d['enum_type'])
                    if o_type is not None and o_type != 'enum_type':
                        d[o_type] = None
                    o_type = 'enum_type'
                elif tag == 66:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['structured_dataset_type'] = dec_structured_dataset_type(buf, start, pos, depth + 1, d['structured_dataset_type'])
                    if o_type is not None and o_type != 'structured_dataset_type':
                        d[o_type] = None
                    o_type = 'structured_dataset_type'
                elif tag == 74:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['annotation'] = dec_annotation(buf, start, pos, depth + 1, d['annotation'])
                elif tag == 82:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['union_type'] = dec_union_type(buf, start, pos, depth + 1, d['union_type'])
                    if o_type is not None and o_type != 'union_type':
                        d[o_type] = None
                    o_type = 'union_type'
                elif tag == 90:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['structure'] = dec_structure(buf, start, pos, depth + 1, d['structure'])
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
