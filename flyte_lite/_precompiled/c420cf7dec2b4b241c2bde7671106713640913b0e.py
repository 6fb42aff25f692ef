# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_partition_data, merge_pending, decode
    EMPTY = None
    ONEOF_partition_data = ('partition_key', 'bind_to_time_partition')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'time_transform':
            return dec_time_transform(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_partition_data = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_partition_data = None
            for n in ONEOF_partition_data:
                if d[n] is not None:
                    o_partition_data = n
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
                    if tag == 42:
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
                        if o_partition_data is not None and o_partition_data != 'partition_key':
                            d[o_partition_data] = None
                        d['partition_key'] = v
                        o_partition_data = 'partition_key'
                    elif tag == 48:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_partition_data is not None and o_partition_data != 'bind_to_time_partition':
                            d[o_partition_data] = None
                        d['bind_to_time_partition'] = v
                        o_partition_data = 'bind_to_time_partition'
                    elif tag == 58:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['time_transform'] is not None:
                            pend = _pending(pend, 'time_transform', start, pos)
                        else:
                            d['time_transform'] = dec_time_transform(buf, start, pos, depth + 1, None)
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
