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
            f_quality_of_service = None
            f_on_failure = D_on_failure
            f_tags = EMPTY_DICT
        else:
            f_quality_of_service = base.quality_of_service
            f_on_failure = base.on_failure
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
                        f_quality_of_service = None
                    else:
                        f_quality_of_service = load_quality_of_service(v, depth, f_quality_of_service)
                elif i == 1:
                    if v is None:
                        f_on_failure = D_on_failure
                    else:
                        n = BN_on_failure.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_on_failure, BV_on_failure, EN_on_failure, EXACT)
                        f_on_failure = n
                elif i == 2:
                    if v is None:
                        f_tags = EMPTY_DICT
                    else:
                        if v.__class__ is not dict: v = _map_in(v)
                        d = FD()
                        for kk, e in v.items():
                            try:
                                if kk.__class__ is not str: kk = _str_in(kk)
                                elif not kk.isascii(): _utf8_in(kk)
                                key = kk
                                if e.__class__ is not str: e = _str_in(e)
                                elif not e.isascii(): _utf8_in(e)
                                x = e
                                _set_item(d, key, x)
                            except JSONError as exc:
                                exc._enter(_key_segment(kk))
                                raise
                        f_tags = d
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'quality_of_service': f_quality_of_service, 'on_failure': f_on_failure, 'tags': f_tags})
        return obj
