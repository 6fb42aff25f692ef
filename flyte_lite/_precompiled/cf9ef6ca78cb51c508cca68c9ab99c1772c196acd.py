# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_value, decode
    INIT = {
        'scalar': None,
        'collection': None,
        'promise': None,
        'map': None,
        'union': None,
        'offloaded_metadata': None,
        '_unknown_fields': b'',
    }
    ONEOF_value = ('scalar', 'collection', 'promise', 'map', 'offloaded_metadata')
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
                    d['promise'] = dec_promise(buf, start, pos, depth + 1, d['promise'])
                    if o_value is not None and o_value != 'promise':
                        d[o_value] = None
                    o_value = 'promise'
                elif tag == 34:
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
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['union'] = dec_union(buf, start, pos, depth + 1, d['union'])
                elif tag == 50:
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
