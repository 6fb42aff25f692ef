# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_reference, decode
    INIT = {
        'launchplan_ref': None,
        'sub_workflow_ref': None,
        '_unknown_fields': b'',
    }
    ONEOF_reference = ('launchplan_ref', 'sub_workflow_ref')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_reference = None
            unk = None
        else:
            d.update(base.__dict__)
            o_reference = None
            for n in ONEOF_reference:
                if d[n] is not None:
                    o_reference = n
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
                    d['launchplan_ref'] = dec_launchplan_ref(buf, start, pos, depth + 1, d['launchplan_ref'])
                    if o_reference is not None and o_reference != 'launchplan_ref':
                        d[o_reference] = None
                    o_reference = 'launchplan_ref'
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['sub_workflow_ref'] = dec_sub_workflow_ref(buf, start, pos, depth + 1, d['sub_workflow_ref'])
                    if o_reference is not None and o_reference != 'sub_workflow_ref':
                        d[o_reference] = None
                    o_reference = 'sub_workflow_ref'
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
