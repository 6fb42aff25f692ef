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
            f_name = ''
            f_timeout = None
            f_retries = None
            f_interruptible = None
            f_cacheable = None
            f_cache_version = None
            f_cache_serializable = None
            f_config = EMPTY_DICT
        else:
            f_name = base.name
            f_timeout = base.timeout
            f_retries = base.retries
            f_interruptible = base.interruptible
            f_cacheable = base.cacheable
            f_cache_version = base.cache_version
            f_cache_serializable = base.cache_serializable
            f_config = base.config
        g_cache_serializable_value = None
        g_cache_version_value = None
        g_cacheable_value = None
        g_interruptible_value = None
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
                        f_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_name = v
                elif i == 1:
                    if v is None:
                        f_timeout = None
                    else:
                        f_timeout = load_timeout(v, depth, f_timeout)
                elif i == 2:
                    if v is None:
                        f_retries = None
                    else:
                        f_retries = load_retries(v, depth, f_retries)
                elif i == 3:
                    if v is None:
                        f_interruptible = None
                    else:
                        if g_interruptible_value is not None: _two_oneof('interruptible_value', g_interruptible_value, k)
                        g_interruptible_value = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_interruptible = v
                elif i == 4:
                    if v is None:
                        f_cacheable = None
                    else:
                        if g_cacheable_value is not None: _two_oneof('cacheable_value', g_cacheable_value, k)
                        g_cacheable_value = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_cacheable = v
                elif i == 5:
                    if v is None:
                        f_cache_version = None
                    else:
                        if g_cache_version_value is not None: _two_oneof('cache_version_value', g_cache_version_value, k)
                        g_cache_version_value = k
                        if v.__class__ is not str: v = _str_in(v)
                        f_cache_version = v
                elif i == 6:
                    if v is None:
                        f_cache_serializable = None
                    else:
                        if g_cache_serializable_value is not None: _two_oneof('cache_serializable_value', g_cache_serializable_value, k)
                        g_cache_serializable_value = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_cache_serializable = v
                elif i == 7:
                    if v is None:
                        f_config = EMPTY_DICT
                    else:
                        if v.__class__ is not dict: v = _map_in(v)
                        d = FD()
                        for kk, e in v.items():
                            try:
                                if kk.__class__ is not str: kk = _str_in(kk)
                                key = kk
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _set_item(d, key, x)
                            except JSONError as exc:
                                exc._enter(_key_segment(kk))
                                raise
                        f_config = d
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'name': f_name, 'timeout': f_timeout, 'retries': f_retries, 'interruptible': f_interruptible, 'cacheable': f_cacheable, 'cache_version': f_cache_version, 'cache_serializable': f_cache_serializable, 'config': f_config})
        return obj
