"""Messages of ``flyteidl/admin/schedule.proto``."""

from __future__ import annotations

import enum
from typing import Optional

import attrs

from flyte_lite.wire import (
    STRING,
    UINT32,
    Message,
    enum_of,
    field,
    msg,
    protobuf_enum,
    protobuf_message,
)

__all__ = ["CronSchedule", "FixedRate", "FixedRateUnit", "Schedule"]


@protobuf_enum("flyteidl.admin.FixedRateUnit")
class FixedRateUnit(enum.IntEnum):
    """``flyteidl.admin.FixedRateUnit``."""

    MINUTE = 0
    HOUR = 1
    DAY = 2


@protobuf_message("flyteidl.admin.CronSchedule")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class CronSchedule(Message):
    """``flyteidl.admin.CronSchedule``."""

    schedule: str = field(1, STRING)
    offset: str = field(2, STRING)


@protobuf_message("flyteidl.admin.FixedRate")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class FixedRate(Message):
    """``flyteidl.admin.FixedRate``."""

    value: int = field(1, UINT32)
    unit: FixedRateUnit = field(2, enum_of("flyteidl.admin.FixedRateUnit"))


@protobuf_message("flyteidl.admin.Schedule")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
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
