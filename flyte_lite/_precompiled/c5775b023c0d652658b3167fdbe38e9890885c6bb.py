# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, merge_pending, decode
    EMPTY = None
    def merge_pending(buf, n, base, spans, depth):
        if n == 'resources':
            return dec_resources(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'data_config':
            return dec_data_config(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_command = None
            f_args = None
            f_env = None
            f_config = None
            f_ports = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['command'] = f_command = FL(d['command'])
            d['args'] = f_args = FL(d['args'])
            d['env'] = f_env = FL(d['env'])
            d['config'] = f_config = FL(d['config'])
            d['ports'] = f_ports = FL(d['ports'])
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
                        try:
                            v = buf[start:pos].decode()
                        except UnicodeDecodeError as exc:
                            _bad_utf8(start, exc)
                        d['image'] = v
                    elif tag == 18:
                        if f_command is None:
                            d['command'] = f_command = FL()
                        while True:
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
                            _append(f_command, v)
                            if pos >= end or buf[pos] != 18:
                                break
                            pos += 1
                    elif tag == 26:
                        if f_args is None:
                            d['args'] = f_args = FL()
                        while True:
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
                            _append(f_args, v)
                            if pos >= end or buf[pos] != 26:
                                break
                            pos += 1
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['resources'] is not None:
                            pend = _pending(pend, 'resources', start, pos)
                        else:
                            d['resources'] = dec_resources(buf, start, pos, depth + 1, None)
                    elif tag == 42:
                        if f_env is None:
                            d['env'] = f_env = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_env, dec_env(buf, start, pos, depth + 1, None))
                            else:
                                key = (5, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_env(buf, start, pos, depth + 1, None)
                                _append(f_env, el)
                            if pos >= end or buf[pos] != 42:
                                break
                            pos += 1
                    elif tag == 50:
                        if f_config is None:
                            d['config'] = f_config = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_config, dec_config(buf, start, pos, depth + 1, None))
                            else:
                                key = (6, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_config(buf, start, pos, depth + 1, None)
                                _append(f_config, el)
                            if pos >= end or buf[pos] != 50:
                                break
                            pos += 1
                    elif tag == 58:
                        if f_ports is None:
                            d['ports'] = f_ports = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_ports, dec_ports(buf, start, pos, depth + 1, None))
                            else:
                                key = (7, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_ports(buf, start, pos, depth + 1, None)
                                _append(f_ports, el)
                            if pos >= end or buf[pos] != 58:
                                break
                            pos += 1
                    elif tag == 74:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['data_config'] is not None:
                            pend = _pending(pend, 'data_config', start, pos)
                        else:
                            d['data_config'] = dec_data_config(buf, start, pos, depth + 1, None)
                    elif tag == 80:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        v = E_architecture.get(v, v)
                        d['architecture'] = v
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 2:
                        exc._enter('command[%d]' % len(f_command or ()))
                    elif n == 3:
                        exc._enter('args[%d]' % len(f_args or ()))
                    elif n == 5:
                        exc._enter('env[%d]' % len(f_env or ()))
                    elif n == 6:
                        exc._enter('config[%d]' % len(f_config or ()))
                    elif n == 7:
                        exc._enter('ports[%d]' % len(f_ports or ()))
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
