# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, deterministic):
        out = bytearray()
        field = ''
        v = None
        try:
            set_reference = 0
            field = 'launchplan_ref'
            v = m.launchplan_ref
            if v is not None:
                set_reference += 1
                if v.__class__ is not C_launchplan_ref and not isinstance(v, C_launchplan_ref):
                    raise TypeError
                b = enc_launchplan_ref(v, deterministic)
                n = len(b)
                out += T_launchplan_ref
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'sub_workflow_ref'
            v = m.sub_workflow_ref
            if v is not None:
                set_reference += 1
                if v.__class__ is not C_sub_workflow_ref and not isinstance(v, C_sub_workflow_ref):
                    raise TypeError
                b = enc_sub_workflow_ref(v, deterministic)
                n = len(b)
                out += T_sub_workflow_ref
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = ''
            if set_reference > 1:
                _two_members('reference', [n for n in ('launchplan_ref', 'sub_workflow_ref',) if getattr(m, n) is not None])
        except EncodeError as exc:
            exc._enter(field)
            raise
        except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
            raise _bad(exc, field, v, EXPECTED.get(field, '')) from exc
        if m._unknown_fields:
            out += m._unknown_fields
        return out
