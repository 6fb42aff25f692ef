"""Messages of ``flyteidl/admin/common.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.execution import WorkflowExecution
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.literals import KeyValuePair
from flyte_lite.wire import STRING, UINT32, enum_of, field, map_of, msg, protobuf_enum

__all__ = [
    "Annotations",
    "AuthRole",
    "EmailNotification",
    "Envs",
    "Labels",
    "NamedEntityIdentifier",
    "NamedEntityIdentifierList",
    "NamedEntityIdentifierListRequest",
    "Notification",
    "ObjectGetRequest",
    "PagerDutyNotification",
    "RawOutputDataConfig",
    "ResourceListRequest",
    "SlackNotification",
    "Sort",
]


@message("flyteidl.admin.NamedEntityIdentifier")
class NamedEntityIdentifier(Message):
    """``flyteidl.admin.NamedEntityIdentifier``: an entity's name, without a version."""

    project: str = field(1, STRING)
    domain: str = field(2, STRING)
    name: str = field(3, STRING)
    org: str = field(4, STRING)


@message("flyteidl.admin.Sort")
class Sort(Message):
    """``flyteidl.admin.Sort``."""

    @protobuf_enum("flyteidl.admin.Sort.Direction")
    class Direction(enum.IntEnum):
        """``flyteidl.admin.Sort.Direction``."""

        DESCENDING = 0
        ASCENDING = 1

    key: str = field(1, STRING)
    direction: Sort.Direction = field(2, enum_of("flyteidl.admin.Sort.Direction"))


@message("flyteidl.admin.ObjectGetRequest")
class ObjectGetRequest(Message):
    """``flyteidl.admin.ObjectGetRequest``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))


@message("flyteidl.admin.ResourceListRequest")
class ResourceListRequest(Message):
    """``flyteidl.admin.ResourceListRequest``."""

    id: Optional[NamedEntityIdentifier] = field(1, msg("flyteidl.admin.NamedEntityIdentifier"))
    limit: int = field(2, UINT32)
    token: str = field(3, STRING)
    filters: str = field(4, STRING)
    sort_by: Optional[Sort] = field(5, msg("flyteidl.admin.Sort"))


@message("flyteidl.admin.NamedEntityIdentifierListRequest")
class NamedEntityIdentifierListRequest(Message):
    """``flyteidl.admin.NamedEntityIdentifierListRequest``."""

    project: str = field(1, STRING)
    domain: str = field(2, STRING)
    limit: int = field(3, UINT32)
    token: str = field(4, STRING)
    sort_by: Optional[Sort] = field(5, msg("flyteidl.admin.Sort"))
    filters: str = field(6, STRING)
    org: str = field(7, STRING)


@message("flyteidl.admin.NamedEntityIdentifierList")
class NamedEntityIdentifierList(Message):
    """``flyteidl.admin.NamedEntityIdentifierList``: one page of names."""

    entities: list[NamedEntityIdentifier] = field(
        1, msg("flyteidl.admin.NamedEntityIdentifier"), repeated=True
    )
    token: str = field(2, STRING)


@message("flyteidl.admin.Labels")
class Labels(Message):
    """``flyteidl.admin.Labels``."""

    values: dict[str, str] = field(1, map_of(STRING, STRING))


@message("flyteidl.admin.Annotations")
class Annotations(Message):
    """``flyteidl.admin.Annotations``."""

    values: dict[str, str] = field(1, map_of(STRING, STRING))


@message("flyteidl.admin.AuthRole")
class AuthRole(Message):
    """``flyteidl.admin.AuthRole``."""

    assumable_iam_role: str = field(1, STRING)
    kubernetes_service_account: str = field(2, STRING)


@message("flyteidl.admin.EmailNotification")
class EmailNotification(Message):
    """``flyteidl.admin.EmailNotification``."""

    recipients_email: list[str] = field(1, STRING, repeated=True)
    template: str = field(2, STRING)


@message("flyteidl.admin.Envs")
class Envs(Message):
    """``flyteidl.admin.Envs``."""

    values: list[KeyValuePair] = field(1, msg("flyteidl.core.KeyValuePair"), repeated=True)


@message("flyteidl.admin.Notification")
class Notification(Message):
    """``flyteidl.admin.Notification``."""

    phases: list[WorkflowExecution.Phase] = field(
        1, enum_of("flyteidl.core.WorkflowExecution.Phase"), repeated=True
    )
    email: Optional[EmailNotification] = field(
        2, msg("flyteidl.admin.EmailNotification"), oneof="type"
    )
    pager_duty: Optional[PagerDutyNotification] = field(
        3, msg("flyteidl.admin.PagerDutyNotification"), oneof="type"
    )
    slack: Optional[SlackNotification] = field(
        4, msg("flyteidl.admin.SlackNotification"), oneof="type"
    )


@message("flyteidl.admin.PagerDutyNotification")
class PagerDutyNotification(Message):
    """``flyteidl.admin.PagerDutyNotification``."""

    recipients_email: list[str] = field(1, STRING, repeated=True)
    template: str = field(2, STRING)


@message("flyteidl.admin.RawOutputDataConfig")
class RawOutputDataConfig(Message):
    """``flyteidl.admin.RawOutputDataConfig``."""

    output_location_prefix: str = field(1, STRING)


@message("flyteidl.admin.SlackNotification")
class SlackNotification(Message):
    """``flyteidl.admin.SlackNotification``."""

    recipients_email: list[str] = field(1, STRING, repeated=True)
    template: str = field(2, STRING)
