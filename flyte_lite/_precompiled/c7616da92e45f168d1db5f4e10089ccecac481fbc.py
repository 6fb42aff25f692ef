# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['operator']
        try:
            if v:
                if v.__class__ is not E_operator and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_operator.get(v)
                if x is None: x = _enum_unknown(v)
                out['operator'] = x
            else:
                if v.__class__ is not E_operator and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.operator')
            raise
        v = a['left_value']
        try:
            if v is not None:
                if v.__class__ is not C_left_value: v = _want_message(v, C_left_value)
                x = dump_left_value(v)
                out['leftValue'] = x
        except JSONError as exc:
            exc._enter('.leftValue')
            raise
        v = a['right_value']
        try:
            if v is not None:
                if v.__class__ is not C_right_value: v = _want_message(v, C_right_value)
                x = dump_right_value(v)
                out['rightValue'] = x
        except JSONError as exc:
            exc._enter('.rightValue')
            raise
        return out
