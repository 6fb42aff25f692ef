# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_partition_size_value, decode
    EMPTY = None
    ONEOF_partition_size_value = ('unpartitioned', 'partition_size')
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_partition_size_value = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_partition_size_value = None
            for n in ONEOF_partition_size_value:
                if d[n] is not None:
                    o_partition_size_value = n
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
                        d['device'] = v
                    elif tag == 16:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_partition_size_value is not None and o_partition_size_value != 'unpartitioned':
                            d[o_partition_size_value] = None
                        d['unpartitioned'] = v
                        o_partition_size_value = 'unpartitioned'
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
                        if o_partition_size_value is not None and o_partition_size_value != 'partition_size':
                            d[o_partition_size_value] = None
                        d['partition_size'] = v
                        o_partition_size_value = 'partition_size'
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
