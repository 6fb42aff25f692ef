# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_id = None
            f_metadata = None
            f_interface = None
            f_nodes = EMPTY_LIST
            f_outputs = EMPTY_LIST
            f_failure_node = None
            f_metadata_defaults = None
        else:
            f_id = base.id
            f_metadata = base.metadata
            f_interface = base.interface
            f_nodes = base.nodes
            f_outputs = base.outputs
            f_failure_node = base.failure_node
            f_metadata_defaults = base.metadata_defaults
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_id = None
                    else:
                        f_id = load_id(v, depth, f_id)
                elif i == 1:
                    if v is None:
                        f_metadata = None
                    else:
                        f_metadata = load_metadata(v, depth, f_metadata)
                elif i == 2:
                    if v is None:
                        f_interface = None
                    else:
                        f_interface = load_interface(v, depth, f_interface)
                elif i == 3:
                    if v is None:
                        f_nodes = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_nodes(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_nodes = lst
                elif i == 4:
                    if v is None:
                        f_outputs = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_outputs(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_outputs = lst
                elif i == 5:
                    if v is None:
                        f_failure_node = None
                    else:
                        f_failure_node = load_failure_node(v, depth, f_failure_node)
                elif i == 6:
                    if v is None:
                        f_metadata_defaults = None
                    else:
                        f_metadata_defaults = load_metadata_defaults(v, depth, f_metadata_defaults)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'id': f_id, 'metadata': f_metadata, 'interface': f_interface, 'nodes': f_nodes, 'outputs': f_outputs, 'failure_node': f_failure_node, 'metadata_defaults': f_metadata_defaults})
        return obj
