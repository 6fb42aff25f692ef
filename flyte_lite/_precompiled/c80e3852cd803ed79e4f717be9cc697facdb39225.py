# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['condition']
        try:
            if v is not None:
                if v.__class__ is not C_condition: v = _want_message(v, C_condition)
                x = dump_condition(v)
                out['condition'] = x
        except JSONError as exc:
            exc._enter('.condition')
            raise
        v = a['then_node']
        try:
            if v is not None:
                if v.__class__ is not C_then_node: v = _want_message(v, C_then_node)
                x = dump_then_node(v)
                out['thenNode'] = x
        except JSONError as exc:
            exc._enter('.thenNode')
            raise
        return out
