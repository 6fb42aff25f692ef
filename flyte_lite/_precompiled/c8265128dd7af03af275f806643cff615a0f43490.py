# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_value, decode
    INIT = {
        'primitive': None,
        'blob': None,
        'binary': None,
        'schema': None,
        'none_type': None,
        'error': None,
        'generic': None,
        'structured_dataset': None,
        'union': None,
        '_unknown_fields': b'',
    }
    ONEOF_value = ('primitive', 'blob', 'binary', 'schema', 'none_type', 'error', 'generic', 'structured_dataset', 'union')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_value = None
            unk = None
        else:
            d.update(base.__dict__)
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
                    d['primitive'] = dec_primitive(buf, start, pos, depth + 1, d['primitive'])
                    if o_value is not None and o_value != 'primitive':
                        d[o_value] = None
                    o_value = 'primitive'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['blob'] = dec_blob(buf, start, pos, depth + 1, d['blob'])
                    if o_value is not None and o_value != 'blob':
                        d[o_value] = None
                    o_value = 'blob'
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['binary'] = dec_binary(buf, start, pos, depth + 1, d['binary'])
                    if o_value is not None and o_value != 'binary':
                        d[o_value] = None
                    o_value = 'binary'
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['schema'] = dec_schema(buf, start, pos, depth + 1, d['schema'])
                    if o_value is not None and o_value != 'schema':
                        d[o_value] = None
                    o_value = 'schema'
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['none_type'] = dec_none_type(buf, start, pos, depth + 1, d['none_type'])
                    if o_value is not None and o_value != 'none_type':
                        d[o_value] = None
                    o_value = 'none_type'
                elif tag == 50:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['error'] = dec_error(buf, start, pos, depth + 1, d['error'])
                    if o_value is not None and o_value != 'error':
                        d[o_value] = None
                    o_value = 'error'
                elif tag == 58:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['generic'] = dec_generic(buf, start, pos, depth + 1, d['generic'])
                    if o_value is not None and o_value != 'generic':
                        d[o_value] = None
                    o_value = 'generic'
                elif tag == 66:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['structured_dataset'] = dec_structured_dataset(buf, start, pos, depth + 1, d['structured_dataset'])
                    if o_value is not None and o_value != 'structured_dataset':
                        d[o_value] = None
                    o_value = 'structured_dataset'
                elif tag == 74:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['union'] = dec_union(buf, start, pos, depth + 1, d['union'])
                    if o_value is not None and o_value != 'union':
                        d[o_value] = None
                    o_value = 'union'
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
