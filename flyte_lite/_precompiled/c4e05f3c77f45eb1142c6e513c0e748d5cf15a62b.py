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
            f_statement = ''
            f_dialect = D_dialect
        else:
            f_statement = base.statement
            f_dialect = base.dialect
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
                        f_statement = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        elif not v.isascii(): _utf8_in(v)
                        f_statement = v
                elif i == 1:
                    if v is None:
                        f_dialect = D_dialect
                    else:
                        n = BN_dialect.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_dialect, BV_dialect, EN_dialect, EXACT)
                        f_dialect = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'statement': f_statement, 'dialect': f_dialect})
        return obj
