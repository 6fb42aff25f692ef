# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['id']
        try:
            if v is not None:
                if v.__class__ is not C_id: v = _want_message(v, C_id)
                x = dump_id(v)
                out['id'] = x
        except JSONError as exc:
            exc._enter('.id')
            raise
        v = a['metadata']
        try:
            if v is not None:
                if v.__class__ is not C_metadata: v = _want_message(v, C_metadata)
                x = dump_metadata(v)
                out['metadata'] = x
        except JSONError as exc:
            exc._enter('.metadata')
            raise
        v = a['interface']
        try:
            if v is not None:
                if v.__class__ is not C_interface: v = _want_message(v, C_interface)
                x = dump_interface(v)
                out['interface'] = x
        except JSONError as exc:
            exc._enter('.interface')
            raise
        v = a['nodes']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_nodes: e = _want_message(e, C_nodes)
                        x = dump_nodes(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['nodes'] = lst
        except JSONError as exc:
            exc._enter('.nodes')
            raise
        v = a['outputs']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_outputs: e = _want_message(e, C_outputs)
                        x = dump_outputs(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['outputs'] = lst
        except JSONError as exc:
            exc._enter('.outputs')
            raise
        v = a['failure_node']
        try:
            if v is not None:
                if v.__class__ is not C_failure_node: v = _want_message(v, C_failure_node)
                x = dump_failure_node(v)
                out['failureNode'] = x
        except JSONError as exc:
            exc._enter('.failureNode')
            raise
        v = a['metadata_defaults']
        try:
            if v is not None:
                if v.__class__ is not C_metadata_defaults: v = _want_message(v, C_metadata_defaults)
                x = dump_metadata_defaults(v)
                out['metadataDefaults'] = x
        except JSONError as exc:
            exc._enter('.metadataDefaults')
            raise
        return out
