"""Messages of ``flyteidl/admin/schedule.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.wire import STRING, UINT32, enum_of, field, msg, protobuf_enum

__all__ = ["CronSchedule", "FixedRate", "FixedRateUnit", "Schedule"]


@protobuf_enum("flyteidl.admin.FixedRateUnit")
class FixedRateUnit(enum.IntEnum):
    """``flyteidl.admin.FixedRateUnit``."""

    MINUTE = 0
    HOUR = 1
    DAY = 2


@message("flyteidl.admin.CronSchedule")
class CronSchedule(Message):
    """``flyteidl.admin.CronSchedule``."""

    schedule: str = field(1, STRING)
    offset: str = field(2, STRING)


@message("flyteidl.admin.FixedRate")
class FixedRate(Message):
    """``flyteidl.admin.FixedRate``."""

    value: int = field(1, UINT32)
    unit: FixedRateUnit = field(2, enum_of("flyteidl.admin.FixedRateUnit"))


@message("flyteidl.admin.Schedule")
class Schedule(Message):
    """``flyteidl.admin.Schedule`` (flyteidl deprecates ``cron_expression``)."""

    cron_expression: Optional[str] = field(1, STRING, oneof="ScheduleExpression")
    rate: Optional[FixedRate] = field(
        2, msg("flyteidl.admin.FixedRate"), oneof="ScheduleExpression"
    )
    cron_schedule: Optional[CronSchedule] = field(
        4, msg("flyteidl.admin.CronSchedule"), oneof="ScheduleExpression"
    )
    kickoff_time_input_arg: str = field(3, STRING)
