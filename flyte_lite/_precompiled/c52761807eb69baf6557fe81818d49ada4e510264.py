# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, merge_pending, decode
    EMPTY = None
    def merge_pending(buf, n, base, spans, depth):
        if n == 'primary':
            return dec_primary(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_sub_workflows = None
            f_tasks = None
            f_launch_plans = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['sub_workflows'] = f_sub_workflows = FL(d['sub_workflows'])
            d['tasks'] = f_tasks = FL(d['tasks'])
            d['launch_plans'] = f_launch_plans = FL(d['launch_plans'])
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
                        if d['primary'] is not None:
                            pend = _pending(pend, 'primary', start, pos)
                        else:
                            d['primary'] = dec_primary(buf, start, pos, depth + 1, None)
                    elif tag == 18:
                        if f_sub_workflows is None:
                            d['sub_workflows'] = f_sub_workflows = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_sub_workflows, dec_sub_workflows(buf, start, pos, depth + 1, None))
                            else:
                                key = (2, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_sub_workflows(buf, start, pos, depth + 1, None)
                                _append(f_sub_workflows, el)
                            if pos >= end or buf[pos] != 18:
                                break
                            pos += 1
                    elif tag == 26:
                        if f_tasks is None:
                            d['tasks'] = f_tasks = FL()
                        while True:
                            if pos < end and buf[pos] < 128:
                                start = pos + 1
                                pos = start + buf[pos]
                                if pos > end:
                                    _overrun(start, pos, end)
                            else:
                                start, pos = decode_length(buf, pos, end)
                            if pos - start > 2:
                                _append(f_tasks, dec_tasks(buf, start, pos, depth + 1, None))
                            else:
                                key = (3, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_tasks(buf, start, pos, depth + 1, None)
                                _append(f_tasks, el)
                            if pos >= end or buf[pos] != 26:
                                break
                            pos += 1
                    elif tag == 34:
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
                                key = (4, buf[start:pos])
                                if memo is None:
                                    memo = {}
                                el = memo.get(key)
                                if el is None:
                                    el = memo[key] = dec_launch_plans(buf, start, pos, depth + 1, None)
                                _append(f_launch_plans, el)
                            if pos >= end or buf[pos] != 34:
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
                        exc._enter('sub_workflows[%d]' % len(f_sub_workflows or ()))
                    elif n == 3:
                        exc._enter('tasks[%d]' % len(f_tasks or ()))
                    elif n == 4:
                        exc._enter('launch_plans[%d]' % len(f_launch_plans or ()))
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
