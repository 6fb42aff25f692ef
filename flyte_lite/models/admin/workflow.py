"""Messages of ``flyteidl/admin/workflow.proto``."""

from __future__ import annotations

from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.admin.description_entity import DescriptionEntity
from flyte_lite.models.core.compiler import CompiledWorkflowClosure
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.workflow import WorkflowTemplate
from flyte_lite.wire import STRING, field, msg
from flyte_lite.wkt import Timestamp

__all__ = [
    "Workflow",
    "WorkflowClosure",
    "WorkflowCreateRequest",
    "WorkflowCreateResponse",
    "WorkflowList",
    "WorkflowSpec",
]


@message("flyteidl.admin.Workflow")
class Workflow(Message):
    """``flyteidl.admin.Workflow``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    closure: Optional[WorkflowClosure] = field(2, msg("flyteidl.admin.WorkflowClosure"))
    short_description: str = field(3, STRING)


@message("flyteidl.admin.WorkflowClosure")
class WorkflowClosure(Message):
    """``flyteidl.admin.WorkflowClosure``."""

    compiled_workflow: Optional[CompiledWorkflowClosure] = field(
        1, msg("flyteidl.core.CompiledWorkflowClosure")
    )
    created_at: Optional[Timestamp] = field(2, msg("google.protobuf.Timestamp"))


@message("flyteidl.admin.WorkflowCreateRequest")
class WorkflowCreateRequest(Message):
    """``flyteidl.admin.WorkflowCreateRequest``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    spec: Optional[WorkflowSpec] = field(2, msg("flyteidl.admin.WorkflowSpec"))


@message("flyteidl.admin.WorkflowCreateResponse")
class WorkflowCreateResponse(Message):
    """``flyteidl.admin.WorkflowCreateResponse``."""


@message("flyteidl.admin.WorkflowList")
class WorkflowList(Message):
    """``flyteidl.admin.WorkflowList``."""

    workflows: list[Workflow] = field(1, msg("flyteidl.admin.Workflow"), repeated=True)
    token: str = field(2, STRING)


@message("flyteidl.admin.WorkflowSpec")
class WorkflowSpec(Message):
    """``flyteidl.admin.WorkflowSpec``."""

    template: Optional[WorkflowTemplate] = field(1, msg("flyteidl.core.WorkflowTemplate"))
    sub_workflows: list[WorkflowTemplate] = field(
        2, msg("flyteidl.core.WorkflowTemplate"), repeated=True
    )
    description: Optional[DescriptionEntity] = field(3, msg("flyteidl.admin.DescriptionEntity"))
