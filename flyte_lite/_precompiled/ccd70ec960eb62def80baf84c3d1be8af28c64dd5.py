# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_value = 0
        v = a['integer']
        try:
            if v is not None:
                x = v if v.__class__ is int else _want_int(v, 'int64')
                if not -9223372036854775808 <= x <= 9223372036854775807: _out_of_range(x, 'int64')
                x = str(x)
                out['integer'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.integer')
            raise
        v = a['float_value']
        try:
            if v is not None:
                x = _double_json(v)
                out['floatValue'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.floatValue')
            raise
        v = a['string_value']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['stringValue'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.stringValue')
            raise
        v = a['boolean']
        try:
            if v is not None:
                x = v if v.__class__ is bool else _want_bool(v)
                out['boolean'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.boolean')
            raise
        v = a['datetime']
        try:
            if v is not None:
                x = dump_datetime(v)
                out['datetime'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.datetime')
            raise
        v = a['duration']
        try:
            if v is not None:
                x = dump_duration(v)
                out['duration'] = x
                n_value += 1
        except JSONError as exc:
            exc._enter('.duration')
            raise
        if n_value > 1: _two_members(m, 'value', ['integer', 'float_value', 'string_value', 'boolean', 'datetime', 'duration'])
        return out
