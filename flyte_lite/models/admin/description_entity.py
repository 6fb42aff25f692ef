"""Messages of ``flyteidl/admin/description_entity.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.wire import STRING, enum_of, field, msg, protobuf_enum

__all__ = ["Description", "DescriptionEntity", "DescriptionFormat", "SourceCode"]


@protobuf_enum("flyteidl.admin.DescriptionFormat")
class DescriptionFormat(enum.IntEnum):
    """``flyteidl.admin.DescriptionFormat``."""

    DESCRIPTION_FORMAT_UNKNOWN = 0
    DESCRIPTION_FORMAT_MARKDOWN = 1
    DESCRIPTION_FORMAT_HTML = 2
    DESCRIPTION_FORMAT_RST = 3


@message("flyteidl.admin.Description")
class Description(Message):
    """``flyteidl.admin.Description``."""

    value: Optional[str] = field(1, STRING, oneof="content")
    uri: Optional[str] = field(2, STRING, oneof="content")
    format: DescriptionFormat = field(3, enum_of("flyteidl.admin.DescriptionFormat"))
    icon_link: str = field(4, STRING)


@message("flyteidl.admin.DescriptionEntity")
class DescriptionEntity(Message):
    """``flyteidl.admin.DescriptionEntity``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    short_description: str = field(2, STRING)
    long_description: Optional[Description] = field(3, msg("flyteidl.admin.Description"))
    source_code: Optional[SourceCode] = field(4, msg("flyteidl.admin.SourceCode"))
    tags: list[str] = field(5, STRING, repeated=True)


@message("flyteidl.admin.SourceCode")
class SourceCode(Message):
    """``flyteidl.admin.SourceCode``."""

    link: str = field(1, STRING)
