# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['failed_node_id']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['failedNodeId'] = x
        except JSONError as exc:
            exc._enter('.failedNodeId')
            raise
        v = a['message']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['message'] = x
        except JSONError as exc:
            exc._enter('.message')
            raise
        return out
