# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['compiled_workflow']
        try:
            if v is not None:
                if v.__class__ is not C_compiled_workflow: v = _want_message(v, C_compiled_workflow)
                x = dump_compiled_workflow(v)
                out['compiledWorkflow'] = x
        except JSONError as exc:
            exc._enter('.compiledWorkflow')
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
