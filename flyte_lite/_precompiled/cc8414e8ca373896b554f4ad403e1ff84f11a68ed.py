# mypy: ignore-errors
# ruff: noqa
def run():
    global EMPTY, merge_pending, decode
    EMPTY = None
    def merge_pending(buf, n, base, spans, depth):
        if n == 'workflow_id':
            return dec_workflow_id(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'entity_metadata':
            return dec_entity_metadata(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'default_inputs':
            return dec_default_inputs(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'fixed_inputs':
            return dec_fixed_inputs(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'labels':
            return dec_labels(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'annotations':
            return dec_annotations(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'auth':
            return dec_auth(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'auth_role':
            return dec_auth_role(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'security_context':
            return dec_security_context(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'quality_of_service':
            return dec_quality_of_service(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'raw_output_data_config':
            return dec_raw_output_data_config(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'interruptible':
            return dec_interruptible(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'envs':
            return dec_envs(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'cluster_assignment':
            return dec_cluster_assignment(buf, 0, 0, depth, base, _pairs(spans))
        elif n == 'concurrency_policy':
            return dec_concurrency_policy(buf, 0, 0, depth, base, _pairs(spans))
    
    def decode(buf, pos, end, depth, base, spans=None):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        if pos == end and spans is None and base is None and EMPTY is not None:
            return EMPTY
        obj = _new(C)
        if base is None:
            d = TEMPLATE.copy()
            f_execution_env_assignments = None
            unk = None
        else:
            d = base.__dict__.copy()
            d['execution_env_assignments'] = f_execution_env_assignments = FL(d['execution_env_assignments'])
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
        set_dict(obj, d)
        pend = None
        memo = None
        while True:
            while pos < end:
                tag_pos = pos
                tag = buf[pos]
                if tag < 128:
                    pos += 1
                else:
                    tag, pos = decode_tag(buf, pos, end)
                try:
                    if tag == 10:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['workflow_id'] is not None:
                            pend = _pending(pend, 'workflow_id', start, pos)
                        else:
                            d['workflow_id'] = dec_workflow_id(buf, start, pos, depth + 1, None)
                    elif tag == 18:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['entity_metadata'] is not None:
                            pend = _pending(pend, 'entity_metadata', start, pos)
                        else:
                            d['entity_metadata'] = dec_entity_metadata(buf, start, pos, depth + 1, None)
                    elif tag == 26:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['default_inputs'] is not None:
                            pend = _pending(pend, 'default_inputs', start, pos)
                        else:
                            d['default_inputs'] = dec_default_inputs(buf, start, pos, depth + 1, None)
                    elif tag == 34:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['fixed_inputs'] is not None:
                            pend = _pending(pend, 'fixed_inputs', start, pos)
                        else:
                            d['fixed_inputs'] = dec_fixed_inputs(buf, start, pos, depth + 1, None)
                    elif tag == 42:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        try:
                            v = buf[start:pos].decode()
                        except UnicodeDecodeError as exc:
                            _bad_utf8(start, exc)
                        d['role'] = v
                    elif tag == 50:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['labels'] is not None:
                            pend = _pending(pend, 'labels', start, pos)
                        else:
                            d['labels'] = dec_labels(buf, start, pos, depth + 1, None)
                    elif tag == 58:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['annotations'] is not None:
                            pend = _pending(pend, 'annotations', start, pos)
                        else:
                            d['annotations'] = dec_annotations(buf, start, pos, depth + 1, None)
                    elif tag == 66:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['auth'] is not None:
                            pend = _pending(pend, 'auth', start, pos)
                        else:
                            d['auth'] = dec_auth(buf, start, pos, depth + 1, None)
                    elif tag == 74:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['auth_role'] is not None:
                            pend = _pending(pend, 'auth_role', start, pos)
                        else:
                            d['auth_role'] = dec_auth_role(buf, start, pos, depth + 1, None)
                    elif tag == 82:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['security_context'] is not None:
                            pend = _pending(pend, 'security_context', start, pos)
                        else:
                            d['security_context'] = dec_security_context(buf, start, pos, depth + 1, None)
                    elif tag == 130:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['quality_of_service'] is not None:
                            pend = _pending(pend, 'quality_of_service', start, pos)
                        else:
                            d['quality_of_service'] = dec_quality_of_service(buf, start, pos, depth + 1, None)
                    elif tag == 138:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['raw_output_data_config'] is not None:
                            pend = _pending(pend, 'raw_output_data_config', start, pos)
                        else:
                            d['raw_output_data_config'] = dec_raw_output_data_config(buf, start, pos, depth + 1, None)
                    elif tag == 144:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                            if v > 2147483647: v = _int32(v)
                        d['max_parallelism'] = v
                    elif tag == 154:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['interruptible'] is not None:
                            pend = _pending(pend, 'interruptible', start, pos)
                        else:
                            d['interruptible'] = dec_interruptible(buf, start, pos, depth + 1, None)
                    elif tag == 160:
                        if pos < end and buf[pos] < 128:
                            v = buf[pos]
                            pos += 1
                        else:
                            v, pos = decode_varint(buf, pos, end)
                        v = v != 0
                        d['overwrite_cache'] = v
                    elif tag == 170:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['envs'] is not None:
                            pend = _pending(pend, 'envs', start, pos)
                        else:
                            d['envs'] = dec_envs(buf, start, pos, depth + 1, None)
                    elif tag == 178:
                        if f_execution_env_assignments is None:
                            d['execution_env_assignments'] = f_execution_env_assignments = FL()
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if pos - start > 2:
                            _append(f_execution_env_assignments, dec_execution_env_assignments(buf, start, pos, depth + 1, None))
                        else:
                            key = (22, buf[start:pos])
                            if memo is None:
                                memo = {}
                            el = memo.get(key)
                            if el is None:
                                el = memo[key] = dec_execution_env_assignments(buf, start, pos, depth + 1, None)
                            _append(f_execution_env_assignments, el)
                    elif tag == 186:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['cluster_assignment'] is not None:
                            pend = _pending(pend, 'cluster_assignment', start, pos)
                        else:
                            d['cluster_assignment'] = dec_cluster_assignment(buf, start, pos, depth + 1, None)
                    elif tag == 194:
                        if pos < end and buf[pos] < 128:
                            start = pos + 1
                            pos = start + buf[pos]
                            if pos > end:
                                _overrun(start, pos, end)
                        else:
                            start, pos = decode_length(buf, pos, end)
                        if d['concurrency_policy'] is not None:
                            pend = _pending(pend, 'concurrency_policy', start, pos)
                        else:
                            d['concurrency_policy'] = dec_concurrency_policy(buf, start, pos, depth + 1, None)
                    else:
                        pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                        if unk is None:
                            unk = bytearray()
                        unk += buf[tag_pos:pos]
                except DecodeError as exc:
                    n = tag >> 3
                    if n == 22:
                        exc._enter('execution_env_assignments[%d]' % len(f_execution_env_assignments or ()))
                    else:
                        exc._enter(NAMES.get(n, ''))
                    raise
            if spans is None:
                break
            pos, end = next(spans, (0, -1))
            if end < 0:
                break
        if pend is not None:
            for n, sp in pend.items():
                try:
                    d[n] = merge_pending(buf, n, d[n], sp, depth + 1)
                except DecodeError as exc:
                    exc._enter(n)
                    raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
