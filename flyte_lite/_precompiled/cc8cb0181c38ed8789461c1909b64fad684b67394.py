# mypy: ignore-errors
# ruff: noqa
def run():
    global mes_config, encode
    def mes_config(k, v, unknown):
        deterministic = False
        out = bytearray()
        if k:
            b = k.encode()
            n = len(b)
            out += T_config_k
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif k.__class__ is not str: as_str(k)
        if v:
            b = v.encode()
            n = len(b)
            out += T_config_v
            if n < 128:
                out.append(n)
            else:
                out += _varint(n)
            out += b
        elif v.__class__ is not str: as_str(v)
        out += unknown
        return out
    
    def encode(m, out, deterministic):
        a = m.__dict__
        field = ''
        v = None
        try:
            set_interruptible_value = 0
            set_cacheable_value = 0
            set_cache_version_value = 0
            set_cache_serializable_value = 0
            field = 'name'
            v = a['name']
            if v:
                b = v.encode()
                n = len(b)
                out += T_name
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            elif v.__class__ is not str: as_str(v)
            field = 'timeout'
            v = a['timeout']
            if v is not None:
                if v.__class__ is not C_timeout and not isinstance(v, C_timeout):
                    raise TypeError
                out += T_timeout
                at = len(out)
                out.append(0)
                enc_timeout(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'retries'
            v = a['retries']
            if v is not None:
                if v.__class__ is not C_retries and not isinstance(v, C_retries):
                    raise TypeError
                out += T_retries
                at = len(out)
                out.append(0)
                enc_retries(v, out, deterministic)
                n = len(out) - at - 1
                if n < 128:
                    out[at] = n
                else:
                    out[at:at + 1] = _varint(n)
            field = 'interruptible'
            v = a['interruptible']
            if v is not None:
                set_interruptible_value += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_interruptible
                out.append(1 if v else 0)
            field = 'cacheable'
            v = a['cacheable']
            if v is not None:
                set_cacheable_value += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_cacheable
                out.append(1 if v else 0)
            field = 'cache_version'
            v = a['cache_version']
            if v is not None:
                set_cache_version_value += 1
                b = v.encode()
                n = len(b)
                out += T_cache_version
                if n < 128:
                    out.append(n)
                else:
                    out += _varint(n)
                out += b
            field = 'cache_serializable'
            v = a['cache_serializable']
            if v is not None:
                set_cache_serializable_value += 1
                if v.__class__ is not bool: as_bool(v)
                out += T_cache_serializable
                out.append(1 if v else 0)
            field = 'config'
            v = a['config']
            if v.__class__ is not FD and v.__class__ is not dict: v = _as_dict(v)
            for k, el in (_sorted_entries(v) if deterministic else v.items()):
                out += T_config
                eat = len(out)
                out.append(0)
                try:
                    what, expected = k, 'string'
                    if k is None: raise TypeError
                    if k is not None:
                        b = k.encode()
                        n = len(b)
                        out += T_config_k
                        if n < 128:
                            out.append(n)
                        else:
                            out += _varint(n)
                        out += b
                    what, expected = el, 'string'
                    if el is None: raise TypeError
                    if el is not None:
                        b = el.encode()
                        n = len(b)
                        out += T_config_v
                        if n < 128:
                            out.append(n)
                        else:
                            out += _varint(n)
                        out += b
                except EncodeError as exc:
                    exc._enter('[%r]' % (k,))
                    raise
                except (TypeError, ValueError, AttributeError, OverflowError, struct_error) as exc:
                    raise _bad(exc, '[%r]' % (k,), what, expected) from exc
                n = len(out) - eat - 1
                if n < 128:
                    out[eat] = n
                else:
                    out[eat:eat + 1] = _varint(n)
            field = ''
            if set_interruptible_value > 1:
                _two_members('interruptible_value', [n for n in ('interruptible',) if getattr(m, n) is not None])
            if set_cacheable_value > 1:
                _two_members('cacheable_value', [n for n in ('cacheable',) if getattr(m, n) is not None])
            if set_cache_version_value > 1:
                _two_members('cache_version_value', [n for n in ('cache_version',) if getattr(m, n) is not None])
            if set_cache_serializable_value > 1:
                _two_members('cache_serializable_value', [n for n in ('cache_serializable',) if getattr(m, n) is not None])
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
