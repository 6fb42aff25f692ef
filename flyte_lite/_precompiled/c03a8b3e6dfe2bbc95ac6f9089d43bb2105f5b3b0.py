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
            f_run_as = None
            f_secrets = EMPTY_LIST
            f_tokens = EMPTY_LIST
        else:
            f_run_as = base.run_as
            f_secrets = base.secrets
            f_tokens = base.tokens
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
                        f_run_as = None
                    else:
                        f_run_as = load_run_as(v, depth, f_run_as)
                elif i == 1:
                    if v is None:
                        f_secrets = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_secrets(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_secrets = lst
                elif i == 2:
                    if v is None:
                        f_tokens = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_tokens(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_tokens = lst
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'run_as': f_run_as, 'secrets': f_secrets, 'tokens': f_tokens})
        return obj
