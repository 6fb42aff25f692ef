# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'template'
            v = a['template']
            if v is not None:
                if v.__class__ is not C_template and not isinstance(v, C_template):
                    raise TypeError
                out += T_template
                at = len(out)
                out.append(0)
                enc_template(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'sub_workflows'
            v = a['sub_workflows']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            for el in v:
                try:
                    if el.__class__ is not C_sub_workflows and not isinstance(el, C_sub_workflows):
                        raise TypeError
                    out += T_sub_workflows
                    at = len(out)
                    out.append(0)
                    enc_sub_workflows(el, out, deterministic)
                    n = len(out) - at - 1
                    if n < 128:
                        out[at] = n
                    else:
                        out[at:at + 1] = _varint(n)
                except EncodeError as exc:
                    exc._enter('[%d]' % _index(v, el))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%d]' % _index(v, el), el, 'WorkflowTemplate') from exc
            field = 'description'
            v = a['description']
            if v is not None:
                if v.__class__ is not C_description and not isinstance(v, C_description):
                    raise TypeError
                out += T_description
                at = len(out)
                out.append(0)
                enc_description(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
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
