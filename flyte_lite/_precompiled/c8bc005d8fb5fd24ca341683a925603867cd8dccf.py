# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['metadata']
        try:
            if v is not None:
                if v.__class__ is not C_metadata: v = _want_message(v, C_metadata)
                x = dump_metadata(v)
                out['metadata'] = x
        except JSONError as exc:
            exc._enter('.metadata')
            raise
        v = a['pod_spec']
        try:
            if v is not None:
                x = dump_pod_spec(v)
                out['podSpec'] = x
        except JSONError as exc:
            exc._enter('.podSpec')
            raise
        v = a['data_config']
        try:
            if v is not None:
                if v.__class__ is not C_data_config: v = _want_message(v, C_data_config)
                x = dump_data_config(v)
                out['dataConfig'] = x
        except JSONError as exc:
            exc._enter('.dataConfig')
            raise
        v = a['primary_container_name']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['primaryContainerName'] = x
        except JSONError as exc:
            exc._enter('.primaryContainerName')
            raise
        return out
