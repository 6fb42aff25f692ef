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
            f_columns = EMPTY_LIST
            f_format = ''
            f_external_schema_type = ''
            f_external_schema_bytes = b''
        else:
            f_columns = base.columns
            f_format = base.format
            f_external_schema_type = base.external_schema_type
            f_external_schema_bytes = base.external_schema_bytes
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
                        f_columns = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_columns(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_columns = lst
                elif i == 1:
                    if v is None:
                        f_format = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_format = v
                elif i == 2:
                    if v is None:
                        f_external_schema_type = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_external_schema_type = v
                elif i == 3:
                    if v is None:
                        f_external_schema_bytes = b''
                    else:
                        f_external_schema_bytes = _bytes_in(v)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'columns': f_columns, 'format': f_format, 'external_schema_type': f_external_schema_type, 'external_schema_bytes': f_external_schema_bytes})
        return obj
