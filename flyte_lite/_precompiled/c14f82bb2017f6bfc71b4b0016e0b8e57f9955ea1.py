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
            f_template = None
            f_sub_workflows = EMPTY_LIST
            f_description = None
        else:
            f_template = base.template
            f_sub_workflows = base.sub_workflows
            f_description = base.description
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
                        f_template = None
                    else:
                        f_template = load_template(v, depth, f_template)
                elif i == 1:
                    if v is None:
                        f_sub_workflows = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_sub_workflows(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_sub_workflows = lst
                elif i == 2:
                    if v is None:
                        f_description = None
                    else:
                        f_description = load_description(v, depth, f_description)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'template': f_template, 'sub_workflows': f_sub_workflows, 'description': f_description})
        return obj
