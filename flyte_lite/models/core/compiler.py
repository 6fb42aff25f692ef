"""Messages of ``flyteidl/core/compiler.proto``."""

from __future__ import annotations

from typing import Optional

import attrs

from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.models.core.workflow import LaunchPlanTemplate, WorkflowTemplate
from flyte_lite.wire import (
    STRING,
    Message,
    field,
    map_of,
    msg,
    protobuf_message,
)

__all__ = [
    "CompiledLaunchPlan",
    "CompiledTask",
    "CompiledWorkflow",
    "CompiledWorkflowClosure",
    "ConnectionSet",
]


@protobuf_message("flyteidl.core.CompiledTask")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class CompiledTask(Message):
    """``flyteidl.core.CompiledTask``."""

    template: Optional[TaskTemplate] = field(1, msg("flyteidl.core.TaskTemplate"))


@protobuf_message("flyteidl.core.CompiledLaunchPlan")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class CompiledLaunchPlan(Message):
    """``flyteidl.core.CompiledLaunchPlan``."""

    template: Optional[LaunchPlanTemplate] = field(1, msg("flyteidl.core.LaunchPlanTemplate"))


@protobuf_message("flyteidl.core.CompiledWorkflow")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class CompiledWorkflow(Message):
    """``flyteidl.core.CompiledWorkflow``."""

    template: Optional[WorkflowTemplate] = field(1, msg("flyteidl.core.WorkflowTemplate"))
    connections: Optional[ConnectionSet] = field(2, msg("flyteidl.core.ConnectionSet"))


@protobuf_message("flyteidl.core.CompiledWorkflowClosure")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class CompiledWorkflowClosure(Message):
    """``flyteidl.core.CompiledWorkflowClosure``."""

    primary: Optional[CompiledWorkflow] = field(1, msg("flyteidl.core.CompiledWorkflow"))
    sub_workflows: list[CompiledWorkflow] = field(
        2, msg("flyteidl.core.CompiledWorkflow"), repeated=True
    )
    tasks: list[CompiledTask] = field(3, msg("flyteidl.core.CompiledTask"), repeated=True)
    launch_plans: list[CompiledLaunchPlan] = field(
        4, msg("flyteidl.core.CompiledLaunchPlan"), repeated=True
    )


@protobuf_message("flyteidl.core.ConnectionSet")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ConnectionSet(Message):
    """``flyteidl.core.ConnectionSet``."""

    @protobuf_message("flyteidl.core.ConnectionSet.IdList")
    @attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
    class IdList(Message):
        """``flyteidl.core.ConnectionSet.IdList``."""

        ids: list[str] = field(1, STRING, repeated=True)

    downstream: dict[str, ConnectionSet.IdList] = field(
        7, map_of(STRING, msg("flyteidl.core.ConnectionSet.IdList"))
    )
    upstream: dict[str, ConnectionSet.IdList] = field(
        8, map_of(STRING, msg("flyteidl.core.ConnectionSet.IdList"))
    )
