# mypy: ignore-errors
# ruff: noqa
def run():
    global encode
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_value = 0
            field = 'static_value'
            v = a['static_value']
            if v is not None:
                set_value += 1
                b = v.encode()
                n = len(b)
                out += T_static_value
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'time_value'
            v = a['time_value']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_time_value and not isinstance(v, C_time_value):
                    raise TypeError
                out += T_time_value
                at = len(out)
                out.append(0)
                enc_time_value(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'triggered_binding'
            v = a['triggered_binding']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_triggered_binding and not isinstance(v, C_triggered_binding):
                    raise TypeError
                out += T_triggered_binding
                at = len(out)
                out.append(0)
                enc_triggered_binding(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'input_binding'
            v = a['input_binding']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_input_binding and not isinstance(v, C_input_binding):
                    raise TypeError
                out += T_input_binding
                at = len(out)
                out.append(0)
                enc_input_binding(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'runtime_binding'
            v = a['runtime_binding']
            if v is not None:
                set_value += 1
                if v.__class__ is not C_runtime_binding and not isinstance(v, C_runtime_binding):
                    raise TypeError
                out += T_runtime_binding
                at = len(out)
                out.append(0)
                enc_runtime_binding(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = ''
            if set_value > 1:
                _two_members('value', [n for n in ('static_value', 'time_value', 'triggered_binding', 'input_binding', 'runtime_binding',) if getattr(m, n) is not None])
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
