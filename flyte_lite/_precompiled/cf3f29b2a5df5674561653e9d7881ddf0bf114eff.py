# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode
    INIT = {
        'primary': None,
        'sub_workflows': None,
        'tasks': None,
        'launch_plans': None,
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['sub_workflows'] = f_sub_workflows = []
            d['tasks'] = f_tasks = []
            d['launch_plans'] = f_launch_plans = []
            unk = None
        else:
            d.update(base.__dict__)
            f_sub_workflows = d['sub_workflows']
            f_tasks = d['tasks']
            f_launch_plans = d['launch_plans']
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                    d['primary'] = dec_primary(buf, start, pos, depth + 1, d['primary'])
                elif tag == 18:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_sub_workflows.append(dec_sub_workflows(buf, start, pos, depth + 1, None))
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
                        f_tasks.append(dec_tasks(buf, start, pos, depth + 1, None))
                        if pos >= end or buf[pos] != 26:
                            break
                        pos += 1
                elif tag == 34:
                    while True:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        f_launch_plans.append(dec_launch_plans(buf, start, pos, depth + 1, None))
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
                    exc._enter('sub_workflows[%d]' % len(f_sub_workflows))
                elif n == 3:
                    exc._enter('tasks[%d]' % len(f_tasks))
                elif n == 4:
                    exc._enter('launch_plans[%d]' % len(f_launch_plans))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
