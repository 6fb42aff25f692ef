# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['quality_of_service']
        try:
            if v is not None:
                if v.__class__ is not C_quality_of_service: v = _want_message(v, C_quality_of_service)
                x = dump_quality_of_service(v)
                out['qualityOfService'] = x
        except JSONError as exc:
            exc._enter('.qualityOfService')
            raise
        v = a['on_failure']
        try:
            if v:
                if v.__class__ is not E_on_failure and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_on_failure.get(v)
                if x is None: x = _enum_unknown(v)
                out['onFailure'] = x
            else:
                if v.__class__ is not E_on_failure and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.onFailure')
            raise
        v = a['tags']
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
                out['tags'] = d_
        except JSONError as exc:
            exc._enter('.tags')
            raise
        return out
