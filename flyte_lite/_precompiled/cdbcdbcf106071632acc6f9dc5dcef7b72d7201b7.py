# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['gpu_accelerator']
        try:
            if v is not None:
                if v.__class__ is not C_gpu_accelerator: v = _want_message(v, C_gpu_accelerator)
                x = dump_gpu_accelerator(v)
                out['gpuAccelerator'] = x
        except JSONError as exc:
            exc._enter('.gpuAccelerator')
            raise
        v = a['shared_memory']
        try:
            if v is not None:
                if v.__class__ is not C_shared_memory: v = _want_message(v, C_shared_memory)
                x = dump_shared_memory(v)
                out['sharedMemory'] = x
        except JSONError as exc:
            exc._enter('.sharedMemory')
            raise
        return out
