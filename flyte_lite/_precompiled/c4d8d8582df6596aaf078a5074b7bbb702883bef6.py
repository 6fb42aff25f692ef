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
        v = a['promise']
        try:
            if v is not None:
                if v.__class__ is not C_promise: v = _want_message(v, C_promise)
                x = dump_promise(v)
                out['promise'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.promise')
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
        v = a['union']
        try:
            if v is not None:
                if v.__class__ is not C_union: v = _want_message(v, C_union)
                x = dump_union(v)
                out['union'] = x
        except JSONError as exc:
            exc._enter('.union')
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
        if n_value > 1: _two_members(m, 'value', ['scalar', 'collection', 'promise', 'map', 'offloaded_metadata'])
        return out
