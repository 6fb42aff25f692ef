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
        v = a['left_expression']
        try:
            if v is not None:
                if v.__class__ is not C_left_expression: v = _want_message(v, C_left_expression)
                x = dump_left_expression(v)
                out['leftExpression'] = x
        except JSONError as exc:
            exc._enter('.leftExpression')
            raise
        v = a['right_expression']
        try:
            if v is not None:
                if v.__class__ is not C_right_expression: v = _want_message(v, C_right_expression)
                x = dump_right_expression(v)
                out['rightExpression'] = x
        except JSONError as exc:
            exc._enter('.rightExpression')
            raise
        return out
