# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['parameters']
        try:
            if v.__class__ is not FD and v.__class__ is not dict: v = _want_dict(v)
            if v:
                d_ = {}
                for k, e in v.items():
                    try:
                        kk = k if k.__class__ is str else _want_str(k)
                        if e.__class__ is not C_parameters_v: e = _want_message(e, C_parameters_v)
                        x = dump_parameters_v(e)
                    except JSONError as exc:
                        exc._enter(_key_segment(k))
                        raise
                    d_[kk] = x
                out['parameters'] = d_
        except JSONError as exc:
            exc._enter('.parameters')
            raise
        return out
