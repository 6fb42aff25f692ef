# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, ONEOF_kind, merge_pending, decode, EMPTY_PLAIN, decode_plain
    EMPTY = None
    ONEOF_kind = ('null_value', 'number_value', 'string_value', 'bool_value', 'struct_value', 'list_value')
    def merge_pending(buf, n, base, spans, depth):
        if n == 'struct_value':
            return dec_struct_value(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'list_value':
            return dec_list_value(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            o_kind = None
            unk = None
        else:
            d = base.__dict__.copy()
            o_kind = None
            for n in ONEOF_kind:
                if d[n] is not None:
                    o_kind = n
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
                    if tag == 8:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        v = E_null_value.get(v, v)
                        if o_kind is not None and o_kind != 'null_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                d[o_kind] = merge_pending(buf, o_kind, d[o_kind], pend.pop(o_kind), depth + 1)
                            d[o_kind] = None
                        d['null_value'] = v
                        o_kind = 'null_value'
                    elif tag == 17:
                        if pos + 8 > end: _truncated(pos, 8)
                        v = unpack_double(buf, pos)[0]
                        pos += 8
                        if o_kind is not None and o_kind != 'number_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                d[o_kind] = merge_pending(buf, o_kind, d[o_kind], pend.pop(o_kind), depth + 1)
                            d[o_kind] = None
                        d['number_value'] = v
                        o_kind = 'number_value'
                    elif tag == 26:
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
                        if o_kind is not None and o_kind != 'string_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                d[o_kind] = merge_pending(buf, o_kind, d[o_kind], pend.pop(o_kind), depth + 1)
                            d[o_kind] = None
                        d['string_value'] = v
                        o_kind = 'string_value'
                    elif tag == 32:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_kind is not None and o_kind != 'bool_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                d[o_kind] = merge_pending(buf, o_kind, d[o_kind], pend.pop(o_kind), depth + 1)
                            d[o_kind] = None
                        d['bool_value'] = v
                        o_kind = 'bool_value'
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['struct_value'] is not None:
                            pend = _pending(pend, 'struct_value', start, pos)
                        else:
                            if o_kind is not None and o_kind != 'struct_value':
                                if pend is not None and o_kind in pend:
                                    tag = MERGED_TAGS[o_kind]
                                    d[o_kind] = merge_pending(buf, o_kind, d[o_kind], pend.pop(o_kind), depth + 1)
                                d[o_kind] = None
                            d['struct_value'] = dec_struct_value(buf, start, pos, depth + 1, None)
                            o_kind = 'struct_value'
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['list_value'] is not None:
                            pend = _pending(pend, 'list_value', start, pos)
                        else:
                            if o_kind is not None and o_kind != 'list_value':
                                if pend is not None and o_kind in pend:
                                    tag = MERGED_TAGS[o_kind]
                                    d[o_kind] = merge_pending(buf, o_kind, d[o_kind], pend.pop(o_kind), depth + 1)
                                d[o_kind] = None
                            d['list_value'] = dec_list_value(buf, start, pos, depth + 1, None)
                            o_kind = 'list_value'
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
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
                    exc._enter('')
                    raise
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
            x = None
            o_kind = None
            unk = None
            if base is not None:
                c = base.__class__
                if base is None:
                    x = base
                    o_kind = 'null_value'
                elif c is float or c is int:
                    x = base
                    o_kind = 'number_value'
                elif c is str:
                    x = base
                    o_kind = 'string_value'
                elif c is bool:
                    x = base
                    o_kind = 'bool_value'
                elif c is FD or c is dict or c is C_struct_value:
                    x = base
                    o_kind = 'struct_value'
                elif c is FL or c is list or c is tuple or c is C_list_value:
                    x = base
                    o_kind = 'list_value'
                else:
                    pass
        else:
            o_kind = None
            for n in ONEOF_kind:
                if getattr(base, n) is not None:
                    o_kind = n
            x = getattr(base, o_kind) if o_kind else None
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
                    if tag == 8:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        v = E_null_value.get(v, v)
                        if o_kind is not None and o_kind != 'null_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                x = merge_pending(buf, o_kind, x, pend.pop(o_kind), depth + 1)
                        x = v
                        o_kind = 'null_value'
                    elif tag == 17:
                        if pos + 8 > end: _truncated(pos, 8)
                        v = unpack_double(buf, pos)[0]
                        pos += 8
                        if o_kind is not None and o_kind != 'number_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                x = merge_pending(buf, o_kind, x, pend.pop(o_kind), depth + 1)
                        x = v
                        o_kind = 'number_value'
                    elif tag == 26:
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
                        if o_kind is not None and o_kind != 'string_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                x = merge_pending(buf, o_kind, x, pend.pop(o_kind), depth + 1)
                        x = v
                        o_kind = 'string_value'
                    elif tag == 32:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        if o_kind is not None and o_kind != 'bool_value':
                            if pend is not None and o_kind in pend:
                                tag = MERGED_TAGS[o_kind]
                                x = merge_pending(buf, o_kind, x, pend.pop(o_kind), depth + 1)
                        x = v
                        o_kind = 'bool_value'
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if o_kind == 'struct_value':
                            pend = _pending(pend, 'struct_value', start, pos)
                        else:
                            if o_kind is not None and o_kind != 'struct_value':
                                if pend is not None and o_kind in pend:
                                    tag = MERGED_TAGS[o_kind]
                                    x = merge_pending(buf, o_kind, x, pend.pop(o_kind), depth + 1)
                            x = dec_struct_value(buf, start, pos, depth + 1, None)
                            o_kind = 'struct_value'
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if o_kind == 'list_value':
                            pend = _pending(pend, 'list_value', start, pos)
                        else:
                            if o_kind is not None and o_kind != 'list_value':
                                if pend is not None and o_kind in pend:
                                    tag = MERGED_TAGS[o_kind]
                                    x = merge_pending(buf, o_kind, x, pend.pop(o_kind), depth + 1)
                            x = dec_list_value(buf, start, pos, depth + 1, None)
                            o_kind = 'list_value'
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
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
                    x = merge_pending(buf, n, x, sp, depth + 1)
                except DecodeError as exc:
                    exc._enter('')
                    raise
        if unk is None:
            if o_kind == 'null_value':
                if x == 0:
                    return None
            elif o_kind is not None:
                return x
        obj = _new(C)
        d = TEMPLATE.copy()
        if o_kind is not None:
            d[o_kind] = x
        set_dict(obj, d)
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
