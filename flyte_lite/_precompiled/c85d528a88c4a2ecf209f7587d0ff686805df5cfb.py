# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['mount_path']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['mountPath'] = x
        except JSONError as exc:
            exc._enter('.mountPath')
            raise
        v = a['mount_name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['mountName'] = x
        except JSONError as exc:
            exc._enter('.mountName')
            raise
        v = a['size_limit']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['sizeLimit'] = x
        except JSONError as exc:
            exc._enter('.sizeLimit')
            raise
        return out
