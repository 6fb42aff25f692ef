# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, ONEOF_kind, decode, decode_plain
    INIT = {
        'null_value': None,
        'number_value': None,
        'string_value': None,
        'bool_value': None,
        'struct_value': None,
        'list_value': None,
        '_unknown_fields': b'',
    }
    ONEOF_kind = ('null_value', 'number_value', 'string_value', 'bool_value', 'struct_value', 'list_value')
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            o_kind = None
            unk = None
        else:
            d.update(base.__dict__)
            o_kind = None
            for n in ONEOF_kind:
                if d[n] is not None:
                    o_kind = n
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                    d['null_value'] = v
                    if o_kind is not None and o_kind != 'null_value':
                        d[o_kind] = None
                    o_kind = 'null_value'
                elif tag == 17:
                    if pos + 8 > end: _truncated(pos, 8)
                    v = unpack_double(buf, pos)[0]
                    pos += 8
                    d['number_value'] = v
                    if o_kind is not None and o_kind != 'number_value':
                        d[o_kind] = None
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
                    d['string_value'] = v
                    if o_kind is not None and o_kind != 'string_value':
                        d[o_kind] = None
                    o_kind = 'string_value'
                elif tag == 32:
                    if pos < end and buf[pos] < 128:
                        v = buf[pos]
                        pos += 1
                    else:
                        v, pos = decode_varint(buf, pos, end)
                    v = v != 0
                    d['bool_value'] = v
                    if o_kind is not None and o_kind != 'bool_value':
                        d[o_kind] = None
                    o_kind = 'bool_value'
                elif tag == 42:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['struct_value'] = dec_struct_value(buf, start, pos, depth + 1, d['struct_value'])
                    if o_kind is not None and o_kind != 'struct_value':
                        d[o_kind] = None
                    o_kind = 'struct_value'
                elif tag == 50:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['list_value'] = dec_list_value(buf, start, pos, depth + 1, d['list_value'])
                    if o_kind is not None and o_kind != 'list_value':
                        d[o_kind] = None
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
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
    
    def decode_plain(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
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
                elif c is dict or c is C_struct_value:
                    x = base
                    o_kind = 'struct_value'
                elif c is list or c is tuple or c is C_list_value:
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
                    x = v
                    o_kind = 'null_value'
                elif tag == 17:
                    if pos + 8 > end: _truncated(pos, 8)
                    v = unpack_double(buf, pos)[0]
                    pos += 8
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
                    x = v
                    o_kind = 'string_value'
                elif tag == 32:
                    if pos < end and buf[pos] < 128:
                        v = buf[pos]
                        pos += 1
                    else:
                        v, pos = decode_varint(buf, pos, end)
                    v = v != 0
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
                    x = dec_struct_value(buf, start, pos, depth + 1, x if o_kind == 'struct_value' else None)
                    o_kind = 'struct_value'
                elif tag == 50:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    x = dec_list_value(buf, start, pos, depth + 1, x if o_kind == 'list_value' else None)
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
        if unk is None:
            if o_kind == 'null_value':
                if x == 0:
                    return None
            elif o_kind is not None:
                return x
        obj = _new(C)
        d = INIT.copy()
        if o_kind is not None:
            d[o_kind] = x
        set_dict(obj, d)
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
