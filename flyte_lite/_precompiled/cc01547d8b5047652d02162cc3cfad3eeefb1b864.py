# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['values']
        try:
            if v.__class__ is not FD and v.__class__ is not dict: v = _want_dict(v)
            if v:
                d_ = {}
                for k, e in v.items():
                    try:
                        kk = k if k.__class__ is str else _want_str(k)
                        x = e if e.__class__ is str else _want_str(e)
                    except JSONError as exc:
                        exc._enter(_key_segment(k))
                        raise
                    d_[kk] = x
                out['values'] = d_
        except JSONError as exc:
            exc._enter('.values')
            raise
        return out
