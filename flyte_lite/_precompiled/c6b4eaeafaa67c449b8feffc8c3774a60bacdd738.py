# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['template']
        try:
            if v is not None:
                if v.__class__ is not C_template: v = _want_message(v, C_template)
                x = dump_template(v)
                out['template'] = x
        except JSONError as exc:
            exc._enter('.template')
            raise
        v = a['connections']
        try:
            if v is not None:
                if v.__class__ is not C_connections: v = _want_message(v, C_connections)
                x = dump_connections(v)
                out['connections'] = x
        except JSONError as exc:
            exc._enter('.connections')
            raise
        return out
