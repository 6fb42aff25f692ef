# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, merge_pending, decode
    INIT = {
        'run_as': None,
        'secrets': None,
        'tokens': None,
        '_unknown_fields': b'',
    }
    def merge_pending(buf, n, base, spans, depth):
        if n == 'run_as':
            return dec_run_as(buf, 0, 0, depth, base, iter(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['secrets'] = f_secrets = []
            d['tokens'] = f_tokens = []
            unk = None
        else:
            d.update(base.__dict__)
            f_secrets = d['secrets']
            f_tokens = d['tokens']
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            f_secrets.append(dec_secrets(buf, start, pos, depth + 1, None))
                            if pos >= end or buf[pos] != 18:
                                break
                            pos += 1
                    elif tag == 26:
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            f_tokens.append(dec_tokens(buf, start, pos, depth + 1, None))
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
                        exc._enter('secrets[%d]' % len(f_secrets))
                    elif n == 3:
                        exc._enter('tokens[%d]' % len(f_tokens))
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
