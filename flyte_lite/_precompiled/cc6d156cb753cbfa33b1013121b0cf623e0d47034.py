# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        n_ScheduleExpression = 0
        v = a['cron_expression']
        try:
            if v is not None:
                x = v if v.__class__ is str else _want_str(v)
                out['cronExpression'] = x
                n_ScheduleExpression += 1
        except JSONError as exc:
            exc._enter('.cronExpression')
            raise
        v = a['rate']
        try:
            if v is not None:
                if v.__class__ is not C_rate: v = _want_message(v, C_rate)
                x = dump_rate(v)
                out['rate'] = x
                n_ScheduleExpression += 1
        except JSONError as exc:
            exc._enter('.rate')
            raise
        v = a['kickoff_time_input_arg']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['kickoffTimeInputArg'] = x
        except JSONError as exc:
            exc._enter('.kickoffTimeInputArg')
            raise
        v = a['cron_schedule']
        try:
            if v is not None:
                if v.__class__ is not C_cron_schedule: v = _want_message(v, C_cron_schedule)
                x = dump_cron_schedule(v)
                out['cronSchedule'] = x
                n_ScheduleExpression += 1
        except JSONError as exc:
            exc._enter('.cronSchedule')
            raise
        if n_ScheduleExpression > 1: _two_members(m, 'ScheduleExpression', ['cron_expression', 'rate', 'cron_schedule'])
        return out
