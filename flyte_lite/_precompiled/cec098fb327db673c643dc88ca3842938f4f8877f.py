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
            f_code = 0
            f_message = ''
            f_details = EMPTY_LIST
        else:
            f_code = base.code
            f_message = base.message
            f_details = base.details
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
                        f_code = 0
                    else:
                        if v.__class__ is not int: v = _int_in(v, EXACT)
                        if not -2147483648 <= v <= 2147483647: _int_range_in(v, 'int32')
                        f_code = v
                elif i == 1:
                    if v is None:
                        f_message = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_message = v
                elif i == 2:
                    if v is None:
                        f_details = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_details(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_details = lst
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'code': f_code, 'message': f_message, 'details': f_details})
        return obj
