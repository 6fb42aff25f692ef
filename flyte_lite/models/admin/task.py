"""Messages of ``flyteidl/admin/task.proto``."""

from __future__ import annotations

from typing import Optional

import attrs

from flyte_lite.models.admin.description_entity import DescriptionEntity
from flyte_lite.models.core.compiler import CompiledTask
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.wire import (
    STRING,
    Message,
    field,
    msg,
    protobuf_message,
)
from flyte_lite.wkt import Timestamp

__all__ = [
    "Task",
    "TaskClosure",
    "TaskCreateRequest",
    "TaskCreateResponse",
    "TaskList",
    "TaskSpec",
]


@protobuf_message("flyteidl.admin.Task")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Task(Message):
    """``flyteidl.admin.Task``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    closure: Optional[TaskClosure] = field(2, msg("flyteidl.admin.TaskClosure"))
    short_description: str = field(3, STRING)


@protobuf_message("flyteidl.admin.TaskClosure")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class TaskClosure(Message):
    """``flyteidl.admin.TaskClosure``."""

    compiled_task: Optional[CompiledTask] = field(1, msg("flyteidl.core.CompiledTask"))
    created_at: Optional[Timestamp] = field(2, msg("google.protobuf.Timestamp"))


@protobuf_message("flyteidl.admin.TaskSpec")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class TaskSpec(Message):
    """``flyteidl.admin.TaskSpec``."""

    template: Optional[TaskTemplate] = field(1, msg("flyteidl.core.TaskTemplate"))
    description: Optional[DescriptionEntity] = field(2, msg("flyteidl.admin.DescriptionEntity"))


@protobuf_message("flyteidl.admin.TaskCreateRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class TaskCreateRequest(Message):
    """``flyteidl.admin.TaskCreateRequest``: what registering a task sends."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    spec: Optional[TaskSpec] = field(2, msg("flyteidl.admin.TaskSpec"))


@protobuf_message("flyteidl.admin.TaskCreateResponse")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class TaskCreateResponse(Message):
    """``flyteidl.admin.TaskCreateResponse`` (no fields)."""


@protobuf_message("flyteidl.admin.TaskList")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class TaskList(Message):
    """``flyteidl.admin.TaskList``: one page of tasks; a non-empty ``token`` asks for the next."""

    tasks: list[Task] = field(1, msg("flyteidl.admin.Task"), repeated=True)
    token: str = field(2, STRING)
