"""Messages of ``flyteidl/admin/project.proto`` that listing projects uses."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.admin.common import Labels, Sort
from flyte_lite.wire import STRING, UINT32, enum_of, field, msg, protobuf_enum

__all__ = ["Domain", "Project", "ProjectListRequest", "Projects"]


@message("flyteidl.admin.Domain")
class Domain(Message):
    """``flyteidl.admin.Domain``."""

    id: str = field(1, STRING)
    name: str = field(2, STRING)


@message("flyteidl.admin.Project")
class Project(Message):
    """``flyteidl.admin.Project``."""

    @protobuf_enum("flyteidl.admin.Project.ProjectState")
    class ProjectState(enum.IntEnum):
        """``flyteidl.admin.Project.ProjectState``."""

        ACTIVE = 0
        ARCHIVED = 1
        SYSTEM_GENERATED = 2
        SYSTEM_ARCHIVED = 3

    id: str = field(1, STRING)
    name: str = field(2, STRING)
    domains: list[Domain] = field(3, msg("flyteidl.admin.Domain"), repeated=True)
    description: str = field(4, STRING)
    labels: Optional[Labels] = field(5, msg("flyteidl.admin.Labels"))
    state: Project.ProjectState = field(6, enum_of("flyteidl.admin.Project.ProjectState"))
    org: str = field(7, STRING)


@message("flyteidl.admin.Projects")
class Projects(Message):
    """``flyteidl.admin.Projects``: one page of projects."""

    projects: list[Project] = field(1, msg("flyteidl.admin.Project"), repeated=True)
    token: str = field(2, STRING)


@message("flyteidl.admin.ProjectListRequest")
class ProjectListRequest(Message):
    """``flyteidl.admin.ProjectListRequest``."""

    limit: int = field(1, UINT32)
    token: str = field(2, STRING)
    filters: str = field(3, STRING)
    sort_by: Optional[Sort] = field(4, msg("flyteidl.admin.Sort"))
    org: str = field(5, STRING)
