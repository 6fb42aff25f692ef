"""``google/protobuf/any.proto`` (held by ``google.rpc.Status`` and ``LaunchPlanMetadata``)."""

from __future__ import annotations

from flyte_lite.message import Message, message
from flyte_lite.wire import BYTES, STRING, field

__all__ = ["Any"]


@message("google.protobuf.Any")
class Any(Message):
    """``google.protobuf.Any``: a message's type URL and its encoded bytes.

    Its JSON is the held message's, so only a type URL naming a registered class has one."""

    type_url: str = field(1, STRING)
    value: bytes = field(2, BYTES)
