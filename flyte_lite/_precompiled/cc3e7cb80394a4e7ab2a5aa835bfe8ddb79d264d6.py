# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_parallelism_option, ONEOF_success_criteria, merge_pending, decode
    EMPTY = None
    ONEOF_parallelism_option = ('parallelism',)
    ONEOF_success_criteria = ('min_successes', 'min_success_ratio')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'node':
            return dec_node(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'is_original_sub_node_interface':
            return dec_is_original_sub_node_interface(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_bound_inputs = None
            o_parallelism_option = None
            o_success_criteria = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['bound_inputs'] = f_bound_inputs = FL(d['bound_inputs'])
            o_parallelism_option = None
            for n in ONEOF_parallelism_option:
                if d[n] is not None:
                    o_parallelism_option = n
            o_success_criteria = None
            for n in ONEOF_success_criteria:
                if d[n] is not None:
                    o_success_criteria = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
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
                        if d['node'] is not None:
                            pend = _pending(pend, 'node', start, pos)
                        else:
                            d['node'] = dec_node(buf, start, pos, depth + 1, None)
                    elif tag == 16:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            v &= 4294967295
                        if o_parallelism_option is not None and o_parallelism_option != 'parallelism':
                            d[o_parallelism_option] = None
                        d['parallelism'] = v
                        o_parallelism_option = 'parallelism'
                    elif tag == 24:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            v &= 4294967295
                        if o_success_criteria is not None and o_success_criteria != 'min_successes':
                            d[o_success_criteria] = None
                        d['min_successes'] = v
                        o_success_criteria = 'min_successes'
                    elif tag == 37:
                        if pos + 4 > end: _truncated(pos, 4)
                        v = unpack_float(buf, pos)[0]
                        pos += 4
                        if o_success_criteria is not None and o_success_criteria != 'min_success_ratio':
                            d[o_success_criteria] = None
                        d['min_success_ratio'] = v
                        o_success_criteria = 'min_success_ratio'
                    elif tag == 40:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        v = E_execution_mode.get(v, v)
                        d['execution_mode'] = v
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['is_original_sub_node_interface'] is not None:
                            pend = _pending(pend, 'is_original_sub_node_interface', start, pos)
                        else:
                            d['is_original_sub_node_interface'] = dec_is_original_sub_node_interface(buf, start, pos, depth + 1, None)
                    elif tag == 56:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        v = E_data_mode.get(v, v)
                        d['data_mode'] = v
                    elif tag == 66:
                        if f_bound_inputs is None:
                            d['bound_inputs'] = f_bound_inputs = FL()
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
                            _append(f_bound_inputs, v)
                            if pos >= end or buf[pos] != 66:
                                break
                            pos += 1
                    elif tag == 72:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        d['run_all_sub_nodes'] = v
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 8:
                        exc._enter('bound_inputs[%d]' % len(f_bound_inputs or ()))
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
