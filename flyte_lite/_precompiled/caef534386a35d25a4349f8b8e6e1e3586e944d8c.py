# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['resources']
        try:
            if v is not None:
                if v.__class__ is not C_resources: v = _want_message(v, C_resources)
                x = dump_resources(v)
                out['resources'] = x
        except JSONError as exc:
            exc._enter('.resources')
            raise
        v = a['extended_resources']
        try:
            if v is not None:
                if v.__class__ is not C_extended_resources: v = _want_message(v, C_extended_resources)
                x = dump_extended_resources(v)
                out['extendedResources'] = x
        except JSONError as exc:
            exc._enter('.extendedResources')
            raise
        v = a['container_image']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['containerImage'] = x
        except JSONError as exc:
            exc._enter('.containerImage')
            raise
        v = a['pod_template']
        try:
            if v is not None:
                if v.__class__ is not C_pod_template: v = _want_message(v, C_pod_template)
                x = dump_pod_template(v)
                out['podTemplate'] = x
        except JSONError as exc:
            exc._enter('.podTemplate')
            raise
        return out
