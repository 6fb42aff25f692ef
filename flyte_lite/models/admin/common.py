"""Messages of ``flyteidl/admin/common.proto``."""

from __future__ import annotations

import enum
from typing import Optional

import attrs

from flyte_lite.models.core.execution import WorkflowExecution
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.literals import KeyValuePair
from flyte_lite.wire import (
    STRING,
    UINT32,
    Message,
    enum_of,
    field,
    map_of,
    msg,
    protobuf_enum,
    protobuf_message,
)

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


@protobuf_message("flyteidl.admin.NamedEntityIdentifier")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class NamedEntityIdentifier(Message):
    """``flyteidl.admin.NamedEntityIdentifier``: an entity's name, without a version."""

    project: str = field(1, STRING)
    domain: str = field(2, STRING)
    name: str = field(3, STRING)
    org: str = field(4, STRING)


@protobuf_message("flyteidl.admin.Sort")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Sort(Message):
    """``flyteidl.admin.Sort``."""

    @protobuf_enum("flyteidl.admin.Sort.Direction")
    class Direction(enum.IntEnum):
        """``flyteidl.admin.Sort.Direction``."""

        DESCENDING = 0
        ASCENDING = 1

    key: str = field(1, STRING)
    direction: Sort.Direction = field(2, enum_of("flyteidl.admin.Sort.Direction"))


@protobuf_message("flyteidl.admin.ObjectGetRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ObjectGetRequest(Message):
    """``flyteidl.admin.ObjectGetRequest``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))


@protobuf_message("flyteidl.admin.ResourceListRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ResourceListRequest(Message):
    """``flyteidl.admin.ResourceListRequest``."""

    id: Optional[NamedEntityIdentifier] = field(1, msg("flyteidl.admin.NamedEntityIdentifier"))
    limit: int = field(2, UINT32)
    token: str = field(3, STRING)
    filters: str = field(4, STRING)
    sort_by: Optional[Sort] = field(5, msg("flyteidl.admin.Sort"))


@protobuf_message("flyteidl.admin.NamedEntityIdentifierListRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class NamedEntityIdentifierListRequest(Message):
    """``flyteidl.admin.NamedEntityIdentifierListRequest``."""

    project: str = field(1, STRING)
    domain: str = field(2, STRING)
    limit: int = field(3, UINT32)
    token: str = field(4, STRING)
    sort_by: Optional[Sort] = field(5, msg("flyteidl.admin.Sort"))
    filters: str = field(6, STRING)
    org: str = field(7, STRING)


@protobuf_message("flyteidl.admin.NamedEntityIdentifierList")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class NamedEntityIdentifierList(Message):
    """``flyteidl.admin.NamedEntityIdentifierList``: one page of names."""

    entities: list[NamedEntityIdentifier] = field(
        1, msg("flyteidl.admin.NamedEntityIdentifier"), repeated=True
    )
    token: str = field(2, STRING)


@protobuf_message("flyteidl.admin.Labels")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Labels(Message):
    """``flyteidl.admin.Labels``."""

    values: dict[str, str] = field(1, map_of(STRING, STRING))


@protobuf_message("flyteidl.admin.Annotations")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Annotations(Message):
    """``flyteidl.admin.Annotations``."""

    values: dict[str, str] = field(1, map_of(STRING, STRING))


@protobuf_message("flyteidl.admin.AuthRole")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class AuthRole(Message):
    """``flyteidl.admin.AuthRole``."""

    assumable_iam_role: str = field(1, STRING)
    kubernetes_service_account: str = field(2, STRING)


@protobuf_message("flyteidl.admin.EmailNotification")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class EmailNotification(Message):
    """``flyteidl.admin.EmailNotification``."""

    recipients_email: list[str] = field(1, STRING, repeated=True)
    template: str = field(2, STRING)


@protobuf_message("flyteidl.admin.Envs")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Envs(Message):
    """``flyteidl.admin.Envs``."""

    values: list[KeyValuePair] = field(1, msg("flyteidl.core.KeyValuePair"), repeated=True)


@protobuf_message("flyteidl.admin.Notification")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
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


@protobuf_message("flyteidl.admin.PagerDutyNotification")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class PagerDutyNotification(Message):
    """``flyteidl.admin.PagerDutyNotification``."""

    recipients_email: list[str] = field(1, STRING, repeated=True)
    template: str = field(2, STRING)


@protobuf_message("flyteidl.admin.RawOutputDataConfig")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class RawOutputDataConfig(Message):
    """``flyteidl.admin.RawOutputDataConfig``."""

    output_location_prefix: str = field(1, STRING)


@protobuf_message("flyteidl.admin.SlackNotification")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class SlackNotification(Message):
    """``flyteidl.admin.SlackNotification``."""

    recipients_email: list[str] = field(1, STRING, repeated=True)
    template: str = field(2, STRING)
