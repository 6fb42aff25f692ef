"""Messages of ``flyteidl/core/compiler.proto``."""

from __future__ import annotations

from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.models.core.workflow import LaunchPlanTemplate, WorkflowTemplate
from flyte_lite.wire import STRING, field, map_of, msg

__all__ = [
    "CompiledLaunchPlan",
    "CompiledTask",
    "CompiledWorkflow",
    "CompiledWorkflowClosure",
    "ConnectionSet",
]


@message("flyteidl.core.CompiledTask")
class CompiledTask(Message):
    """``flyteidl.core.CompiledTask``."""

    template: Optional[TaskTemplate] = field(1, msg("flyteidl.core.TaskTemplate"))


@message("flyteidl.core.CompiledLaunchPlan")
class CompiledLaunchPlan(Message):
    """``flyteidl.core.CompiledLaunchPlan``."""

    template: Optional[LaunchPlanTemplate] = field(1, msg("flyteidl.core.LaunchPlanTemplate"))


@message("flyteidl.core.CompiledWorkflow")
class CompiledWorkflow(Message):
    """``flyteidl.core.CompiledWorkflow``."""

    template: Optional[WorkflowTemplate] = field(1, msg("flyteidl.core.WorkflowTemplate"))
    connections: Optional[ConnectionSet] = field(2, msg("flyteidl.core.ConnectionSet"))


@message("flyteidl.core.CompiledWorkflowClosure")
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


@message("flyteidl.core.ConnectionSet")
class ConnectionSet(Message):
    """``flyteidl.core.ConnectionSet``."""

    @message("flyteidl.core.ConnectionSet.IdList")
    class IdList(Message):
        """``flyteidl.core.ConnectionSet.IdList``."""

        ids: list[str] = field(1, STRING, repeated=True)

    downstream: dict[str, ConnectionSet.IdList] = field(
        7, map_of(STRING, msg("flyteidl.core.ConnectionSet.IdList"))
    )
    upstream: dict[str, ConnectionSet.IdList] = field(
        8, map_of(STRING, msg("flyteidl.core.ConnectionSet.IdList"))
    )
