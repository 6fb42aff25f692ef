# mypy: ignore-errors
# ruff: noqa
def run():
    global INIT, decode
    INIT = {
        'workflow_id': None,
        'entity_metadata': None,
        'default_inputs': None,
        'fixed_inputs': None,
        'role': '',
        'labels': None,
        'annotations': None,
        'auth': None,
        'auth_role': None,
        'security_context': None,
        'quality_of_service': None,
        'raw_output_data_config': None,
        'max_parallelism': 0,
        'interruptible': None,
        'overwrite_cache': False,
        'envs': None,
        'execution_env_assignments': None,
        'cluster_assignment': None,
        'concurrency_policy': None,
        '_unknown_fields': b'',
    }
    def decode(buf, pos, end, depth, base):
        if depth > MAX_DEPTH:
            _too_deep(pos)
        obj = _new(C)
        d = obj.__dict__
        if base is None:
            d.update(INIT)
            d['execution_env_assignments'] = f_execution_env_assignments = []
            unk = None
        else:
            d.update(base.__dict__)
            f_execution_env_assignments = d['execution_env_assignments']
            unk = bytearray(base._unknown_fields) if base._unknown_fields else None
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
                    d['workflow_id'] = dec_workflow_id(buf, start, pos, depth + 1, d['workflow_id'])
                elif tag == 18:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['entity_metadata'] = dec_entity_metadata(buf, start, pos, depth + 1, d['entity_metadata'])
                elif tag == 26:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['default_inputs'] = dec_default_inputs(buf, start, pos, depth + 1, d['default_inputs'])
                elif tag == 34:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['fixed_inputs'] = dec_fixed_inputs(buf, start, pos, depth + 1, d['fixed_inputs'])
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
                    d['labels'] = dec_labels(buf, start, pos, depth + 1, d['labels'])
                elif tag == 58:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['annotations'] = dec_annotations(buf, start, pos, depth + 1, d['annotations'])
                elif tag == 66:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['auth'] = dec_auth(buf, start, pos, depth + 1, d['auth'])
                elif tag == 74:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['auth_role'] = dec_auth_role(buf, start, pos, depth + 1, d['auth_role'])
                elif tag == 82:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['security_context'] = dec_security_context(buf, start, pos, depth + 1, d['security_context'])
                elif tag == 130:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['quality_of_service'] = dec_quality_of_service(buf, start, pos, depth + 1, d['quality_of_service'])
                elif tag == 138:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['raw_output_data_config'] = dec_raw_output_data_config(buf, start, pos, depth + 1, d['raw_output_data_config'])
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
                    d['interruptible'] = dec_interruptible(buf, start, pos, depth + 1, d['interruptible'])
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
                    d['envs'] = dec_envs(buf, start, pos, depth + 1, d['envs'])
                elif tag == 178:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    f_execution_env_assignments.append(dec_execution_env_assignments(buf, start, pos, depth + 1, None))
                elif tag == 186:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['cluster_assignment'] = dec_cluster_assignment(buf, start, pos, depth + 1, d['cluster_assignment'])
                elif tag == 194:
                    if pos < end and buf[pos] < 128:
                        start = pos + 1
                        pos = start + buf[pos]
                        if pos > end:
                            _overrun(start, pos, end)
                    else:
                        start, pos = decode_length(buf, pos, end)
                    d['concurrency_policy'] = dec_concurrency_policy(buf, start, pos, depth + 1, d['concurrency_policy'])
                else:
                    pos = skip_field(buf, tag_pos, pos, end, tag, depth)
                    if unk is None:
                        unk = bytearray()
                    unk += buf[tag_pos:pos]
            except DecodeError as exc:
                n = tag >> 3
                if n == 22:
                    exc._enter('execution_env_assignments[%d]' % len(f_execution_env_assignments))
                else:
                    exc._enter(NAMES.get(n, ''))
                raise
        if unk:
            d['_unknown_fields'] = bytes(unk)
        return obj
