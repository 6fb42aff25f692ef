"""``google/protobuf/any.proto`` (held by ``google.rpc.Status`` and ``LaunchPlanMetadata``)."""

from __future__ import annotations

import attrs

from flyte_lite.wire import BYTES, STRING, Message, field, protobuf_message

__all__ = ["Any"]


@protobuf_message("google.protobuf.Any")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Any(Message):
    """``google.protobuf.Any``: a message's type URL and its encoded bytes.

    Its JSON is the held message's, so only a type URL naming a registered class has one."""

    type_url: str = field(1, STRING)
    value: bytes = field(2, BYTES)
