# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['type']
        try:
            if v is not None:
                if v.__class__ is not C_type: v = _want_message(v, C_type)
                x = dump_type(v)
                out['type'] = x
        except JSONError as exc:
            exc._enter('.type')
            raise
        v = a['description']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['description'] = x
        except JSONError as exc:
            exc._enter('.description')
            raise
        v = a['artifact_partial_id']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_partial_id: v = _want_message(v, C_artifact_partial_id)
                x = dump_artifact_partial_id(v)
                out['artifactPartialId'] = x
        except JSONError as exc:
            exc._enter('.artifactPartialId')
            raise
        v = a['artifact_tag']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_tag: v = _want_message(v, C_artifact_tag)
                x = dump_artifact_tag(v)
                out['artifactTag'] = x
        except JSONError as exc:
            exc._enter('.artifactTag')
            raise
        return out
