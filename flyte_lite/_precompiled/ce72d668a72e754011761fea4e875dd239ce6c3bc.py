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
            f_discoverable = False
            f_runtime = None
            f_timeout = None
            f_retries = None
            f_discovery_version = ''
            f_deprecated_error_message = ''
            f_interruptible = None
            f_cache_serializable = False
            f_tags = EMPTY_DICT
            f_pod_template_name = ''
            f_cache_ignore_input_vars = EMPTY_LIST
            f_is_eager = False
            f_generates_deck = None
            f_metadata = None
        else:
            f_discoverable = base.discoverable
            f_runtime = base.runtime
            f_timeout = base.timeout
            f_retries = base.retries
            f_discovery_version = base.discovery_version
            f_deprecated_error_message = base.deprecated_error_message
            f_interruptible = base.interruptible
            f_cache_serializable = base.cache_serializable
            f_tags = base.tags
            f_pod_template_name = base.pod_template_name
            f_cache_ignore_input_vars = base.cache_ignore_input_vars
            f_is_eager = base.is_eager
            f_generates_deck = base.generates_deck
            f_metadata = base.metadata
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
                        f_discoverable = False
                    else:
                        if v.__class__ is not bool: _bool_in(v)
                        f_discoverable = v
                elif i == 1:
                    if v is None:
                        f_runtime = None
                    else:
                        f_runtime = load_runtime(v, depth, f_runtime)
                elif i == 2:
                    if v is None:
                        f_timeout = None
                    else:
                        f_timeout = load_timeout(v, depth, f_timeout)
                elif i == 3:
                    if v is None:
                        f_retries = None
                    else:
                        f_retries = load_retries(v, depth, f_retries)
                elif i == 4:
                    if v is None:
                        f_discovery_version = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_discovery_version = v
                elif i == 5:
                    if v is None:
                        f_deprecated_error_message = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_deprecated_error_message = v
                elif i == 6:
                    if v is None:
                        f_interruptible = None
                    else:
                        if g_interruptible_value is not None: _two_oneof('interruptible_value', g_interruptible_value, k)
                        g_interruptible_value = k
                        if v.__class__ is not bool: _bool_in(v)
                        f_interruptible = v
                elif i == 7:
                    if v is None:
                        f_cache_serializable = False
                    else:
                        if v.__class__ is not bool: _bool_in(v)
                        f_cache_serializable = v
                elif i == 8:
                    if v is None:
                        f_tags = EMPTY_DICT
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
                        f_tags = d
                elif i == 9:
                    if v is None:
                        f_pod_template_name = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_pod_template_name = v
                elif i == 10:
                    if v is None:
                        f_cache_ignore_input_vars = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_cache_ignore_input_vars = lst
                elif i == 11:
                    if v is None:
                        f_is_eager = False
                    else:
                        if v.__class__ is not bool: _bool_in(v)
                        f_is_eager = v
                elif i == 12:
                    if v is None:
                        f_generates_deck = None
                    else:
                        f_generates_deck = load_generates_deck(v, depth, f_generates_deck)
                elif i == 13:
                    if v is None:
                        f_metadata = None
                    else:
                        f_metadata = load_metadata(v, depth, f_metadata)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'discoverable': f_discoverable, 'runtime': f_runtime, 'timeout': f_timeout, 'retries': f_retries, 'discovery_version': f_discovery_version, 'deprecated_error_message': f_deprecated_error_message, 'interruptible': f_interruptible, 'cache_serializable': f_cache_serializable, 'tags': f_tags, 'pod_template_name': f_pod_template_name, 'cache_ignore_input_vars': f_cache_ignore_input_vars, 'is_eager': f_is_eager, 'generates_deck': f_generates_deck, 'metadata': f_metadata})
        return obj
