# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['queueing_budget']
        try:
            if v is not None:
                x = dump_queueing_budget(v)
                out['queueingBudget'] = x
        except JSONError as exc:
            exc._enter('.queueingBudget')
            raise
        return out
