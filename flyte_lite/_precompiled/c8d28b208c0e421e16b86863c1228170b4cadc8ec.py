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
            f_tier = None
            f_spec = None
        else:
            f_tier = base.tier
            f_spec = base.spec
        g_designation = None
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
                        f_tier = None
                    else:
                        if g_designation is not None: _two_oneof('designation', g_designation, k)
                        g_designation = k
                        n = BN_tier.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_tier, BV_tier, EN_tier, EXACT)
                        f_tier = n
                        f_spec = None
                elif i == 1:
                    if v is None:
                        f_spec = None
                    else:
                        if g_designation is not None: _two_oneof('designation', g_designation, k)
                        g_designation = k
                        f_spec = load_spec(v, depth, f_spec)
                        f_tier = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'tier': f_tier, 'spec': f_spec})
        return obj
