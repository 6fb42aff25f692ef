"""Messages of ``flyteidl/core/execution.proto``."""

from __future__ import annotations

import enum
from typing import Optional

import attrs

from flyte_lite.wire import (
    Message,
    enum_of,
    field,
    msg,
    protobuf_enum,
    protobuf_message,
)
from flyte_lite.wkt import Duration

__all__ = ["QualityOfService", "QualityOfServiceSpec", "WorkflowExecution"]


@protobuf_message("flyteidl.core.QualityOfService")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class QualityOfService(Message):
    """``flyteidl.core.QualityOfService``."""

    @protobuf_enum("flyteidl.core.QualityOfService.Tier")
    class Tier(enum.IntEnum):
        """``flyteidl.core.QualityOfService.Tier``."""

        UNDEFINED = 0
        HIGH = 1
        MEDIUM = 2
        LOW = 3

    tier: Optional[QualityOfService.Tier] = field(
        1, enum_of("flyteidl.core.QualityOfService.Tier"), oneof="designation"
    )
    spec: Optional[QualityOfServiceSpec] = field(
        2, msg("flyteidl.core.QualityOfServiceSpec"), oneof="designation"
    )


@protobuf_message("flyteidl.core.QualityOfServiceSpec")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class QualityOfServiceSpec(Message):
    """``flyteidl.core.QualityOfServiceSpec``."""

    queueing_budget: Optional[Duration] = field(1, msg("google.protobuf.Duration"))


@protobuf_message("flyteidl.core.WorkflowExecution")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class WorkflowExecution(Message):
    """``flyteidl.core.WorkflowExecution``: no fields, only the ``Phase`` enum."""

    @protobuf_enum("flyteidl.core.WorkflowExecution.Phase")
    class Phase(enum.IntEnum):
        """``flyteidl.core.WorkflowExecution.Phase``."""

        UNDEFINED = 0
        QUEUED = 1
        RUNNING = 2
        SUCCEEDING = 3
        SUCCEEDED = 4
        FAILING = 5
        FAILED = 6
        ABORTED = 7
        TIMED_OUT = 8
        ABORTING = 9
