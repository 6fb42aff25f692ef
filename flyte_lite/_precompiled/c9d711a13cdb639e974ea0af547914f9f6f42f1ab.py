# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_value = 0
        v = a['primitive']
        try:
            if v is not None:
                if v.__class__ is not C_primitive: v = _want_message(v, C_primitive)
                x = dump_primitive(v)
                out['primitive'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.primitive')
            raise
        v = a['blob']
        try:
            if v is not None:
                if v.__class__ is not C_blob: v = _want_message(v, C_blob)
                x = dump_blob(v)
                out['blob'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.blob')
            raise
        v = a['binary']
        try:
            if v is not None:
                if v.__class__ is not C_binary: v = _want_message(v, C_binary)
                x = dump_binary(v)
                out['binary'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.binary')
            raise
        v = a['schema']
        try:
            if v is not None:
                if v.__class__ is not C_schema: v = _want_message(v, C_schema)
                x = dump_schema(v)
                out['schema'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.schema')
            raise
        v = a['none_type']
        try:
            if v is not None:
                if v.__class__ is not C_none_type: v = _want_message(v, C_none_type)
                x = dump_none_type(v)
                out['noneType'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.noneType')
            raise
        v = a['error']
        try:
            if v is not None:
                if v.__class__ is not C_error: v = _want_message(v, C_error)
                x = dump_error(v)
                out['error'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.error')
            raise
        v = a['generic']
        try:
            if v is not None:
                x = dump_generic(v)
                out['generic'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.generic')
            raise
        v = a['structured_dataset']
        try:
            if v is not None:
                if v.__class__ is not C_structured_dataset: v = _want_message(v, C_structured_dataset)
                x = dump_structured_dataset(v)
                out['structuredDataset'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.structuredDataset')
            raise
        v = a['union']
        try:
            if v is not None:
                if v.__class__ is not C_union: v = _want_message(v, C_union)
                x = dump_union(v)
                out['union'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.union')
            raise
        if n_value > 1: _two_members(m, 'value', ['primitive', 'blob', 'binary', 'schema', 'none_type', 'error', 'generic', 'structured_dataset', 'union'])
        return out
