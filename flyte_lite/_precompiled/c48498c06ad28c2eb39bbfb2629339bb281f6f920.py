# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, merge_pending, decode
    EMPTY = None
    def merge_pending(buf, n, base, spans, depth):
        if n == 'run_as':
            return dec_run_as(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_secrets = None
            f_tokens = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['secrets'] = f_secrets = FL(d['secrets'])
            d['tokens'] = f_tokens = FL(d['tokens'])
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
        pend = None
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
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['run_as'] is not None:
                            pend = _pending(pend, 'run_as', start, pos)
                        else:
                            d['run_as'] = dec_run_as(buf, start, pos, depth + 1, None)
                    elif tag == 18:
                        if f_secrets is None:
                            d['secrets'] = f_secrets = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_secrets, dec_secrets(buf, start, pos, depth + 1, None))
                            else:
                                key = (2, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_secrets(buf, start, pos, depth + 1, None)
                                _append(f_secrets, el)
                            if pos >= end or buf[pos] != 18:
                                break
                            pos += 1
                    elif tag == 26:
                        if f_tokens is None:
                            d['tokens'] = f_tokens = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_tokens, dec_tokens(buf, start, pos, depth + 1, None))
                            else:
                                key = (3, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_tokens(buf, start, pos, depth + 1, None)
                                _append(f_tokens, el)
                            if pos >= end or buf[pos] != 26:
                                break
                            pos += 1
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 2:
                        exc._enter('secrets[%d]' % len(f_secrets or ()))
                    elif n == 3:
                        exc._enter('tokens[%d]' % len(f_tokens or ()))
                    else:
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
