# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_value = 0
        v = a['scalar']
        try:
            if v is not None:
                if v.__class__ is not C_scalar: v = _want_message(v, C_scalar)
                x = dump_scalar(v)
                out['scalar'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.scalar')
            raise
        v = a['collection']
        try:
            if v is not None:
                if v.__class__ is not C_collection: v = _want_message(v, C_collection)
                x = dump_collection(v)
                out['collection'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.collection')
            raise
        v = a['map']
        try:
            if v is not None:
                if v.__class__ is not C_map: v = _want_message(v, C_map)
                x = dump_map(v)
                out['map'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.map')
            raise
        v = a['hash']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['hash'] = x
        except JSONError as exc:
            exc._enter('.hash')
            raise
        v = a['metadata']
        try:
            if v.__class__ is not FD and v.__class__ is not dict: v = _want_dict(v)
            if v:
                d_ = {}
                for k, e in v.items():
                    try:
                        kk = k if k.__class__ is str else _want_str(k)
                        x = e if e.__class__ is str else _want_str(e)
                    except JSONError as exc:
                        exc._enter(_key_segment(k))
                        raise
                    d_[kk] = x
                out['metadata'] = d_
        except JSONError as exc:
            exc._enter('.metadata')
            raise
        v = a['offloaded_metadata']
        try:
            if v is not None:
                if v.__class__ is not C_offloaded_metadata: v = _want_message(v, C_offloaded_metadata)
                x = dump_offloaded_metadata(v)
                out['offloadedMetadata'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.offloadedMetadata')
            raise
        if n_value > 1: _two_members(m, 'value', ['scalar', 'collection', 'map', 'offloaded_metadata'])
        return out
