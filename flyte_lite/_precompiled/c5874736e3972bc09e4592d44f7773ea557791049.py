# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_interruptible_value = 0
        v = a['discoverable']
        try:
            if v.__class__ is not bool: v = _want_bool(v)
            if v:
                x = v if v.__class__ is bool else _want_bool(v)
                out['discoverable'] = x
        except JSONError as exc:
            exc._enter('.discoverable')
            raise
        v = a['runtime']
        try:
            if v is not None:
                if v.__class__ is not C_runtime: v = _want_message(v, C_runtime)
                x = dump_runtime(v)
                out['runtime'] = x
        except JSONError as exc:
            exc._enter('.runtime')
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
        v = a['discovery_version']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['discoveryVersion'] = x
        except JSONError as exc:
            exc._enter('.discoveryVersion')
            raise
        v = a['deprecated_error_message']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['deprecatedErrorMessage'] = x
        except JSONError as exc:
            exc._enter('.deprecatedErrorMessage')
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
        v = a['cache_serializable']
        try:
            if v.__class__ is not bool: v = _want_bool(v)
            if v:
                x = v if v.__class__ is bool else _want_bool(v)
                out['cacheSerializable'] = x
        except JSONError as exc:
            exc._enter('.cacheSerializable')
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
        v = a['pod_template_name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['podTemplateName'] = x
        except JSONError as exc:
            exc._enter('.podTemplateName')
            raise
        v = a['cache_ignore_input_vars']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        x = e if e.__class__ is str else _want_str(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['cacheIgnoreInputVars'] = lst
        except JSONError as exc:
            exc._enter('.cacheIgnoreInputVars')
            raise
        v = a['is_eager']
        try:
            if v.__class__ is not bool: v = _want_bool(v)
            if v:
                x = v if v.__class__ is bool else _want_bool(v)
                out['isEager'] = x
        except JSONError as exc:
            exc._enter('.isEager')
            raise
        v = a['generates_deck']
        try:
            if v is not None:
                x = dump_generates_deck(v)
                out['generatesDeck'] = x
        except JSONError as exc:
            exc._enter('.generatesDeck')
            raise
        v = a['metadata']
        try:
            if v is not None:
                if v.__class__ is not C_metadata: v = _want_message(v, C_metadata)
                x = dump_metadata(v)
                out['metadata'] = x
        except JSONError as exc:
            exc._enter('.metadata')
            raise
        if n_interruptible_value > 1: _two_members(m, 'interruptible_value', ['interruptible'])
        return out
