"""Messages of ``flyteidl/core/execution.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.wire import enum_of, field, msg, protobuf_enum
from flyte_lite.wkt import Duration

__all__ = ["QualityOfService", "QualityOfServiceSpec", "WorkflowExecution"]


@message("flyteidl.core.QualityOfService")
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


@message("flyteidl.core.QualityOfServiceSpec")
class QualityOfServiceSpec(Message):
    """``flyteidl.core.QualityOfServiceSpec``."""

    queueing_budget: Optional[Duration] = field(1, msg("google.protobuf.Duration"))


@message("flyteidl.core.WorkflowExecution")
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
