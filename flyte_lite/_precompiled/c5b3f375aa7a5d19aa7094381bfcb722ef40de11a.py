# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            field = 'state'
            v = a['state']
            if v:
                if v.__class__ is bool or not -2147483648 <= v <= 2147483647: as_int(v, 'enum')
                out += T_state
                if 0 <= v < 128:
                    out.append(v)
                else:
                    out += _svarint(v)
            elif v.__class__ is not int: as_int(v, 'enum')
            field = 'expected_inputs'
            v = a['expected_inputs']
            if v is not None:
                if v.__class__ is not C_expected_inputs and not isinstance(v, C_expected_inputs):
                    raise TypeError
                out += T_expected_inputs
                at = len(out)
                out.append(0)
                enc_expected_inputs(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'expected_outputs'
            v = a['expected_outputs']
            if v is not None:
                if v.__class__ is not C_expected_outputs and not isinstance(v, C_expected_outputs):
                    raise TypeError
                out += T_expected_outputs
                at = len(out)
                out.append(0)
                enc_expected_outputs(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'created_at'
            v = a['created_at']
            if v is not None:
                if v.__class__ is not C_created_at and not isinstance(v, C_created_at):
                    raise TypeError
                out += T_created_at
                at = len(out)
                out.append(0)
                enc_created_at(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'updated_at'
            v = a['updated_at']
            if v is not None:
                if v.__class__ is not C_updated_at and not isinstance(v, C_updated_at):
                    raise TypeError
                out += T_updated_at
                at = len(out)
                out.append(0)
                enc_updated_at(v, out, deterministic)
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
