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
            f_value = None
            f_uri = None
            f_format = D_format
            f_icon_link = ''
        else:
            f_value = base.value
            f_uri = base.uri
            f_format = base.format
            f_icon_link = base.icon_link
        g_content = None
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
                        f_value = None
                    else:
                        if g_content is not None: _two_oneof('content', g_content, k)
                        g_content = k
                        if v.__class__ is not str: v = _str_in(v)
                        f_value = v
                        f_uri = None
                elif i == 1:
                    if v is None:
                        f_uri = None
                    else:
                        if g_content is not None: _two_oneof('content', g_content, k)
                        g_content = k
                        if v.__class__ is not str: v = _str_in(v)
                        f_uri = v
                        f_value = None
                elif i == 2:
                    if v is None:
                        f_format = D_format
                    else:
                        n = BN_format.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_format, BV_format, EN_format, EXACT)
                        f_format = n
                elif i == 3:
                    if v is None:
                        f_icon_link = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_icon_link = v
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'value': f_value, 'uri': f_uri, 'format': f_format, 'icon_link': f_icon_link})
        return obj
