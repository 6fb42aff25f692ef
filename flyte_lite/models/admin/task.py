"""Messages of ``flyteidl/admin/task.proto``."""

from __future__ import annotations

from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.admin.description_entity import DescriptionEntity
from flyte_lite.models.core.compiler import CompiledTask
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.wire import STRING, field, msg
from flyte_lite.wkt import Timestamp

__all__ = [
    "Task",
    "TaskClosure",
    "TaskCreateRequest",
    "TaskCreateResponse",
    "TaskList",
    "TaskSpec",
]


@message("flyteidl.admin.Task")
class Task(Message):
    """``flyteidl.admin.Task``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    closure: Optional[TaskClosure] = field(2, msg("flyteidl.admin.TaskClosure"))
    short_description: str = field(3, STRING)


@message("flyteidl.admin.TaskClosure")
class TaskClosure(Message):
    """``flyteidl.admin.TaskClosure``."""

    compiled_task: Optional[CompiledTask] = field(1, msg("flyteidl.core.CompiledTask"))
    created_at: Optional[Timestamp] = field(2, msg("google.protobuf.Timestamp"))


@message("flyteidl.admin.TaskSpec")
class TaskSpec(Message):
    """``flyteidl.admin.TaskSpec``."""

    template: Optional[TaskTemplate] = field(1, msg("flyteidl.core.TaskTemplate"))
    description: Optional[DescriptionEntity] = field(2, msg("flyteidl.admin.DescriptionEntity"))


@message("flyteidl.admin.TaskCreateRequest")
class TaskCreateRequest(Message):
    """``flyteidl.admin.TaskCreateRequest``: what registering a task sends."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    spec: Optional[TaskSpec] = field(2, msg("flyteidl.admin.TaskSpec"))


@message("flyteidl.admin.TaskCreateResponse")
class TaskCreateResponse(Message):
    """``flyteidl.admin.TaskCreateResponse`` (no fields)."""


@message("flyteidl.admin.TaskList")
class TaskList(Message):
    """``flyteidl.admin.TaskList``: one page of tasks; a non-empty ``token`` asks for the next."""

    tasks: list[Task] = field(1, msg("flyteidl.admin.Task"), repeated=True)
    token: str = field(2, STRING)
