# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_reference = 0
        v = a['launchplan_ref']
        try:
            if v is not None:
                if v.__class__ is not C_launchplan_ref: v = _want_message(v, C_launchplan_ref)
                x = dump_launchplan_ref(v)
                out['launchplanRef'] = x
                n_reference += 1
        except JSONError as exc:
            exc._enter('.launchplanRef')
            raise
        v = a['sub_workflow_ref']
        try:
            if v is not None:
                if v.__class__ is not C_sub_workflow_ref: v = _want_message(v, C_sub_workflow_ref)
                x = dump_sub_workflow_ref(v)
                out['subWorkflowRef'] = x
                n_reference += 1
        except JSONError as exc:
            exc._enter('.subWorkflowRef')
            raise
        if n_reference > 1: _two_members(m, 'reference', ['launchplan_ref', 'sub_workflow_ref'])
        return out
