# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_identifier = 0
        v = a['artifact_id']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_id: v = _want_message(v, C_artifact_id)
                x = dump_artifact_id(v)
                out['artifactId'] = x
                n_identifier += 1
        except JSONError as exc:
            exc._enter('.artifactId')
            raise
        v = a['artifact_tag']
        try:
            if v is not None:
                if v.__class__ is not C_artifact_tag: v = _want_message(v, C_artifact_tag)
                x = dump_artifact_tag(v)
                out['artifactTag'] = x
                n_identifier += 1
        except JSONError as exc:
            exc._enter('.artifactTag')
            raise
        v = a['uri']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['uri'] = x
                n_identifier += 1
        except JSONError as exc:
            exc._enter('.uri')
            raise
        v = a['binding']
        try:
            if v is not None:
                if v.__class__ is not C_binding: v = _want_message(v, C_binding)
                x = dump_binding(v)
                out['binding'] = x
                n_identifier += 1
        except JSONError as exc:
            exc._enter('.binding')
            raise
        if n_identifier > 1: _two_members(m, 'identifier', ['artifact_id', 'artifact_tag', 'uri', 'binding'])
        return out
