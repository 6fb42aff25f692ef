# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_interruptible_value = 0
        n_cacheable_value = 0
        n_cache_version_value = 0
        n_cache_serializable_value = 0
        v = a['name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['name'] = x
        except JSONError as exc:
            exc._enter('.name')
            raise
        v = a['timeout']
        try:
            if v is not None:
                x = dump_timeout(v)
                out['timeout'] = x
        except JSONError as exc:
            exc._enter('.timeout')
            raise
        v = a['retries']
        try:
            if v is not None:
                if v.__class__ is not C_retries: v = _want_message(v, C_retries)
                x = dump_retries(v)
                out['retries'] = x
        except JSONError as exc:
            exc._enter('.retries')
            raise
        v = a['interruptible']
        try:
            if v is not None:
                x = v if v.__class__ is bool else _want_bool(v)
                out['interruptible'] = x
                n_interruptible_value += 1
        except JSONError as exc:
            exc._enter('.interruptible')
            raise
        v = a['cacheable']
        try:
            if v is not None:
                x = v if v.__class__ is bool else _want_bool(v)
                out['cacheable'] = x
                n_cacheable_value += 1
        except JSONError as exc:
            exc._enter('.cacheable')
            raise
        v = a['cache_version']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['cacheVersion'] = x
                n_cache_version_value += 1
        except JSONError as exc:
            exc._enter('.cacheVersion')
            raise
        v = a['cache_serializable']
        try:
            if v is not None:
                x = v if v.__class__ is bool else _want_bool(v)
                out['cacheSerializable'] = x
                n_cache_serializable_value += 1
        except JSONError as exc:
            exc._enter('.cacheSerializable')
            raise
        v = a['config']
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
                out['config'] = d_
        except JSONError as exc:
            exc._enter('.config')
            raise
        if n_interruptible_value > 1: _two_members(m, 'interruptible_value', ['interruptible'])
        if n_cacheable_value > 1: _two_members(m, 'cacheable_value', ['cacheable'])
        if n_cache_version_value > 1: _two_members(m, 'cache_version_value', ['cache_version'])
        if n_cache_serializable_value > 1: _two_members(m, 'cache_serializable_value', ['cache_serializable'])
        return out
