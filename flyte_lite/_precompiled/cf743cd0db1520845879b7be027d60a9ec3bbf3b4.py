# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['compiled_task']
        try:
            if v is not None:
                if v.__class__ is not C_compiled_task: v = _want_message(v, C_compiled_task)
                x = dump_compiled_task(v)
                out['compiledTask'] = x
        except JSONError as exc:
            exc._enter('.compiledTask')
            raise
        v = a['created_at']
        try:
            if v is not None:
                x = dump_created_at(v)
                out['createdAt'] = x
        except JSONError as exc:
            exc._enter('.createdAt')
            raise
        return out
