# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['node_ids']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        x = e if e.__class__ is str else _want_str(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['nodeIds'] = lst
        except JSONError as exc:
            exc._enter('.nodeIds')
            raise
        v = a['task_type']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['taskType'] = x
        except JSONError as exc:
            exc._enter('.taskType')
            raise
        v = a['execution_env']
        try:
            if v is not None:
                if v.__class__ is not C_execution_env: v = _want_message(v, C_execution_env)
                x = dump_execution_env(v)
                out['executionEnv'] = x
        except JSONError as exc:
            exc._enter('.executionEnv')
            raise
        return out
