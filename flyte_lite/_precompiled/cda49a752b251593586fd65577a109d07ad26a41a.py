# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_id = None
            f_short_description = ''
            f_long_description = None
            f_source_code = None
            f_tags = EMPTY_LIST
        else:
            f_id = base.id
            f_short_description = base.short_description
            f_long_description = base.long_description
            f_source_code = base.source_code
            f_tags = base.tags
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_id = None
                    else:
                        f_id = load_id(v, depth, f_id)
                elif i == 1:
                    if v is None:
                        f_short_description = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_short_description = v
                elif i == 2:
                    if v is None:
                        f_long_description = None
                    else:
                        f_long_description = load_long_description(v, depth, f_long_description)
                elif i == 3:
                    if v is None:
                        f_source_code = None
                    else:
                        f_source_code = load_source_code(v, depth, f_source_code)
                elif i == 4:
                    if v is None:
                        f_tags = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                if e.__class__ is not str: e = _str_in(e)
                                elif not e.isascii(): _utf8_in(e)
                                x = e
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_tags = lst
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'short_description': f_short_description, 'long_description': f_long_description, 'source_code': f_source_code, 'tags': f_tags})
        return obj
