# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_type = 0
            field = 'phases'
            v = a['phases']
            if v.__class__ is not FL and v.__class__ is not list: v = _as_list(v)
            if v:
                out += T_phases
                pat = len(out)
                out.append(0)
                for el in v:
                    try:
                        if el.__class__ is bool or not -2147483648 <= el <= 2147483647: as_int(el, 'enum')
                        if 0 <= el < 128:
                            out.append(el)
                        else:
                            out += _svarint(el)
                    except EncodeError as exc:
                        exc._enter('[%d]' % _index(v, el))
                        raise
                    except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                        raise _bad(exc, '[%d]' % _index(v, el), el, 'Phase') from exc
                n = len(out) - pat - 1
                if n < 128:
                    out[pat] = n
                else:
                    out[pat:pat + 1] = _varint(n)
            field = 'email'
            v = a['email']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_email and not isinstance(v, C_email):
                    raise TypeError
                out += T_email
                at = len(out)
                out.append(0)
                enc_email(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'pager_duty'
            v = a['pager_duty']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_pager_duty and not isinstance(v, C_pager_duty):
                    raise TypeError
                out += T_pager_duty
                at = len(out)
                out.append(0)
                enc_pager_duty(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'slack'
            v = a['slack']
            if v is not None:
                set_type += 1
                if v.__class__ is not C_slack and not isinstance(v, C_slack):
                    raise TypeError
                out += T_slack
                at = len(out)
                out.append(0)
                enc_slack(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_type > 1:
                _two_members('type', [n for n in ('email', 'pager_duty', 'slack',) if getattr(m, n) is not None])
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
