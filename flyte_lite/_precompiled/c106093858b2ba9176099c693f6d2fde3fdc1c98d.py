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
            f_resources = None
            f_extended_resources = None
            f_container_image = ''
            f_pod_template = None
        else:
            f_resources = base.resources
            f_extended_resources = base.extended_resources
            f_container_image = base.container_image
            f_pod_template = base.pod_template
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
                        f_resources = None
                    else:
                        f_resources = load_resources(v, depth, f_resources)
                elif i == 1:
                    if v is None:
                        f_extended_resources = None
                    else:
                        f_extended_resources = load_extended_resources(v, depth, f_extended_resources)
                elif i == 2:
                    if v is None:
                        f_container_image = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_container_image = v
                elif i == 3:
                    if v is None:
                        f_pod_template = None
                    else:
                        f_pod_template = load_pod_template(v, depth, f_pod_template)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'resources': f_resources, 'extended_resources': f_extended_resources, 'container_image': f_container_image, 'pod_template': f_pod_template})
        return obj
