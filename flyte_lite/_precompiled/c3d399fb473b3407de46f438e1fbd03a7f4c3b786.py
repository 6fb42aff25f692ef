# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_reference = 0
            field = 'launchplan_ref'
            v = a['launchplan_ref']
            if v is not None:
                set_reference += 1
                if v.__class__ is not C_launchplan_ref and not isinstance(v, C_launchplan_ref):
                    raise TypeError
                out += T_launchplan_ref
                at = len(out)
                out.append(0)
                enc_launchplan_ref(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'sub_workflow_ref'
            v = a['sub_workflow_ref']
            if v is not None:
                set_reference += 1
                if v.__class__ is not C_sub_workflow_ref and not isinstance(v, C_sub_workflow_ref):
                    raise TypeError
                out += T_sub_workflow_ref
                at = len(out)
                out.append(0)
                enc_sub_workflow_ref(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_reference > 1:
                _two_members('reference', [n for n in ('launchplan_ref', 'sub_workflow_ref',) if getattr(m, n) is not None])
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
