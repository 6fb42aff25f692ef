# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, decode
    EMPTY = None
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            unk = None
        else:
            d = base.__dict__.copy()
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
                        d['output_location_prefix'] = v
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
