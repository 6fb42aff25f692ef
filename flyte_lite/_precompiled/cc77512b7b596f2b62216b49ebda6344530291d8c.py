# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            set_default = 0
            field = 'case'
            v = m.case
            if v is not None:
                if v.__class__ is not C_case and not isinstance(v, C_case):
                    raise TypeError
                b = enc_case(v, deterministic)
                n = len(b)
                out += T_case
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'other'
            v = m.other
            if v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_other and not isinstance(el, C_other):
                        raise TypeError
                    b = enc_other(el, deterministic)
                    n = len(b)
                    out += T_other
                    if n < 128:
                        out.append(n)
                    else:
                        out += _varint(n)
                    out += b
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'IfBlock') from exc
            field = 'else_node'
            v = m.else_node
            if v is not None:
                set_default += 1
                if v.__class__ is not C_else_node and not isinstance(v, C_else_node):
                    raise TypeError
                b = enc_else_node(v, deterministic)
                n = len(b)
                out += T_else_node
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'error'
            v = m.error
            if v is not None:
                set_default += 1
                if v.__class__ is not C_error and not isinstance(v, C_error):
                    raise TypeError
                b = enc_error(v, deterministic)
                n = len(b)
                out += T_error
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_default > 1:
                _two_members('default', [n for n in ('else_node', 'error',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
