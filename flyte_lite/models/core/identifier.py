"""Messages of ``flyteidl/core/identifier.proto``."""

from __future__ import annotations

import enum

from flyte_lite.message import Message, message
from flyte_lite.wire import STRING, enum_of, field, protobuf_enum

__all__ = ["Identifier", "ResourceType"]


@protobuf_enum("flyteidl.core.ResourceType")
class ResourceType(enum.IntEnum):
    """``flyteidl.core.ResourceType``."""

    UNSPECIFIED = 0
    TASK = 1
    WORKFLOW = 2
    LAUNCH_PLAN = 3
    DATASET = 4


@message("flyteidl.core.Identifier")
class Identifier(Message):
    """``flyteidl.core.Identifier``."""

    resource_type: ResourceType = field(1, enum_of("flyteidl.core.ResourceType"))
    project: str = field(2, STRING)
    domain: str = field(3, STRING)
    name: str = field(4, STRING)
    version: str = field(5, STRING)
    org: str = field(6, STRING)
