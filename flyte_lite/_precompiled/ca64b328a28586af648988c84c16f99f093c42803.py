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
            f_launch_plans = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['launch_plans'] = f_launch_plans = FL(d['launch_plans'])
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
                        if f_launch_plans is None:
                            d['launch_plans'] = f_launch_plans = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_launch_plans, dec_launch_plans(buf, start, pos, depth + 1, None))
                            else:
                                key = (1, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_launch_plans(buf, start, pos, depth + 1, None)
                                _append(f_launch_plans, el)
                            if pos >= end or buf[pos] != 10:
                                break
                            pos += 1
                    elif tag == 18:
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
                        d['token'] = v
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 1:
                        exc._enter('launch_plans[%d]' % len(f_launch_plans or ()))
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
