# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        out = {}
        v = m.queueing_budget
        try:
            if v is not None:
                x = dump_queueing_budget(v)
                out['queueingBudget'] = x
        except JSONError as exc:
            exc._enter('.queueingBudget')
            raise
        return out
