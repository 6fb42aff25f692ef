# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['structured_dataset_type']
        try:
            if v is not None:
                if v.__class__ is not C_structured_dataset_type: v = _want_message(v, C_structured_dataset_type)
                x = dump_structured_dataset_type(v)
                out['structuredDatasetType'] = x
        except JSONError as exc:
            exc._enter('.structuredDatasetType')
            raise
        return out
