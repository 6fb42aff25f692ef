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
            f_cron_expression = None
            f_rate = None
            f_kickoff_time_input_arg = ''
            f_cron_schedule = None
        else:
            f_cron_expression = base.cron_expression
            f_rate = base.rate
            f_kickoff_time_input_arg = base.kickoff_time_input_arg
            f_cron_schedule = base.cron_schedule
        g_ScheduleExpression = None
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
                        f_cron_expression = None
                    else:
                        if g_ScheduleExpression is not None: _two_oneof('ScheduleExpression', g_ScheduleExpression, k)
                        g_ScheduleExpression = k
                        if v.__class__ is not str: v = _str_in(v)
                        f_cron_expression = v
                        f_rate = None
                        f_cron_schedule = None
                elif i == 1:
                    if v is None:
                        f_rate = None
                    else:
                        if g_ScheduleExpression is not None: _two_oneof('ScheduleExpression', g_ScheduleExpression, k)
                        g_ScheduleExpression = k
                        f_rate = load_rate(v, depth, f_rate)
                        f_cron_expression = None
                        f_cron_schedule = None
                elif i == 2:
                    if v is None:
                        f_kickoff_time_input_arg = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_kickoff_time_input_arg = v
                elif i == 3:
                    if v is None:
                        f_cron_schedule = None
                    else:
                        if g_ScheduleExpression is not None: _two_oneof('ScheduleExpression', g_ScheduleExpression, k)
                        g_ScheduleExpression = k
                        f_cron_schedule = load_cron_schedule(v, depth, f_cron_schedule)
                        f_cron_expression = None
                        f_rate = None
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'cron_expression': f_cron_expression, 'rate': f_rate, 'cron_schedule': f_cron_schedule, 'kickoff_time_input_arg': f_kickoff_time_input_arg})
        return obj
