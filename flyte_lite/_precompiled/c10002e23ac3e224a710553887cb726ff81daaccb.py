# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_behavior = 0
        v = a['var']
        try:
            if v is not None:
                if v.__class__ is not C_var: v = _want_message(v, C_var)
                x = dump_var(v)
                out['var'] = x
        except JSONError as exc:
            exc._enter('.var')
            raise
        v = a['default']
        try:
            if v is not None:
                if v.__class__ is not C_default: v = _want_message(v, C_default)
                x = dump_default(v)
                out['default'] = x
                n_behavior += 1
        except JSONError as exc:
            exc._enter('.default')
            raise
        v = a['required']
        try:
            if v is not None:
                x = v if v.__class__ is bool else _want_bool(v)
                out['required'] = x
                n_behavior += 1
        except JSONError as exc:
            exc._enter('.required')
            raise
        v = a['artifact_query']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_query: v = _want_message(v, C_artifact_query)
                x = dump_artifact_query(v)
                out['artifactQuery'] = x
                n_behavior += 1
        except JSONError as exc:
            exc._enter('.artifactQuery')
            raise
        v = a['artifact_id']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_id: v = _want_message(v, C_artifact_id)
                x = dump_artifact_id(v)
                out['artifactId'] = x
                n_behavior += 1
        except JSONError as exc:
            exc._enter('.artifactId')
            raise
        if n_behavior > 1: _two_members(m, 'behavior', ['default', 'required', 'artifact_query', 'artifact_id'])
        return out
