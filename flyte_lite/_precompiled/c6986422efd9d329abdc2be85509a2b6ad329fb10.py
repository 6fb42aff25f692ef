# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode, decode_plain
    INIT = {
        'values': None,
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['values'] = f_values = []
            unk = None
        else:
            d.update(base.__dict__)
            f_values = d['values']
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            f_values.append(dec_values(buf, start, pos, depth + 1, None))
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
                    if n == 1:
                        exc._enter('values[%d]' % len(f_values))
                    else:
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
    
    def decode_plain(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if base is None or base.__class__ is not C:
            f_values = []
            unk = None
            if base is not None:
                c = base.__class__
                if c is list or c is tuple:
                    f_values = base
                else:
                    pass
        else:
            f_values = base.values
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            f_values.append(dec_values(buf, start, pos, depth + 1, None))
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
                    if n == 1:
                        exc._enter('[%d]' % len(f_values))
                    else:
                        exc._enter(NAMES.get(n, ''))
                    raise
            if spans is None:
                break
            pos, end = next(spans, (0, -1))
            if end < 0:
                break
        if unk is None:
            return f_values
        obj = _new(C)
        d = INIT.copy()
        d['values'] = f_values
        set_dict(obj, d)
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
