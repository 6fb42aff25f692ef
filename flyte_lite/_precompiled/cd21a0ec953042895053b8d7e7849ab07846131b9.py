# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_gpu_accelerator = None
            f_shared_memory = None
        else:
            f_gpu_accelerator = base.gpu_accelerator
            f_shared_memory = base.shared_memory
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_gpu_accelerator = None
                    else:
                        f_gpu_accelerator = load_gpu_accelerator(v, depth, f_gpu_accelerator)
                elif i == 1:
                    if v is None:
                        f_shared_memory = None
                    else:
                        f_shared_memory = load_shared_memory(v, depth, f_shared_memory)
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'gpu_accelerator': f_gpu_accelerator, 'shared_memory': f_shared_memory})
        return obj
