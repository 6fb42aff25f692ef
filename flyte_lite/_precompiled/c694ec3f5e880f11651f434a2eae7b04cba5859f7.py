# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['enabled']
        try:
            if v.__class__ is not bool: v = _want_bool(v)
            if v:
                x = v if v.__class__ is bool else _want_bool(v)
                out['enabled'] = x
        except JSONError as exc:
            exc._enter('.enabled')
            raise
        v = a['input_path']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['inputPath'] = x
        except JSONError as exc:
            exc._enter('.inputPath')
            raise
        v = a['output_path']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['outputPath'] = x
        except JSONError as exc:
            exc._enter('.outputPath')
            raise
        v = a['format']
        try:
            if v:
                if v.__class__ is not E_format and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_format.get(v)
                if x is None: x = _enum_unknown(v)
                out['format'] = x
            else:
                if v.__class__ is not E_format and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.format')
            raise
        v = a['io_strategy']
        try:
            if v is not None:
                if v.__class__ is not C_io_strategy: v = _want_message(v, C_io_strategy)
                x = dump_io_strategy(v)
                out['ioStrategy'] = x
        except JSONError as exc:
            exc._enter('.ioStrategy')
            raise
        return out
