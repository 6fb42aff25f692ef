# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, decode, EMPTY_PLAIN, decode_plain
    EMPTY = None
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_values = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['values'] = f_values = FL(d['values'])
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
        memo = None
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
                        if f_values is None:
                            d['values'] = f_values = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_values, dec_values(buf, start, pos, depth + 1, None))
                            else:
                                key = (1, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_values(buf, start, pos, depth + 1, None)
                                _append(f_values, el)
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
                        exc._enter('values[%d]' % len(f_values or ()))
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
    
    EMPTY_PLAIN = None
    def decode_plain(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY_PLAIN is not None:
            return EMPTY_PLAIN
        if base is None or base.__class__ is not C:
            f_values = None
            unk = None
            if base is not None:
                c = base.__class__
                if c is FL or c is list or c is tuple:
                    f_values = FL(base)
                else:
                    pass
        else:
            f_values = FL(base.values)
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        memo = None
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
                        if f_values is None:
                            f_values = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_values, dec_values(buf, start, pos, depth + 1, None))
                            else:
                                key = (1, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_values(buf, start, pos, depth + 1, None)
                                _append(f_values, el)
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
                        exc._enter('[%d]' % len(f_values or ()))
                    else:
                        exc._enter(NAMES.get(n, ''))
                    raise
            if spans is None:
                break
            pos, end = next(spans, (0, -1))
            if end < 0:
                break
        if f_values is None:
            f_values = EMPTY_LIST
        if unk is None:
            return f_values
        obj = _new(C)
        d = TEMPLATE.copy()
        d['values'] = f_values
        set_dict(obj, d)
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
