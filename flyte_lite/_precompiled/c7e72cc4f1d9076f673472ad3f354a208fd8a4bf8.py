# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_default = 0
            field = 'case'
            v = a['case']
            if v is not None:
                if v.__class__ is not C_case and not isinstance(v, C_case):
                    raise TypeError
                out += T_case
                at = len(out)
                out.append(0)
                enc_case(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'other'
            v = a['other']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_other and not isinstance(el, C_other):
                        raise TypeError
                    out += T_other
                    at = len(out)
                    out.append(0)
                    enc_other(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'IfBlock') from exc
            field = 'else_node'
            v = a['else_node']
            if v is not None:
                set_default += 1
                if v.__class__ is not C_else_node and not isinstance(v, C_else_node):
                    raise TypeError
                out += T_else_node
                at = len(out)
                out.append(0)
                enc_else_node(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'error'
            v = a['error']
            if v is not None:
                set_default += 1
                if v.__class__ is not C_error and not isinstance(v, C_error):
                    raise TypeError
                out += T_error
                at = len(out)
                out.append(0)
                enc_error(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_default > 1:
                _two_members('default', [n for n in ('else_node', 'error',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        unknown = a['_unknown_fields']
        if unknown:
            if unknown.__class__ is not bytes:
                try:
                    unknown = as_bytes(unknown)
                except TypeError as exc:
                    raise _bad(exc, '_unknown_fields', unknown, 'bytes') from None
            out += unknown
