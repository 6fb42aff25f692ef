"""Messages of ``google/rpc/status.proto``: the error body of FlyteAdmin's HTTP gateway."""

from __future__ import annotations

import attrs

from flyte_lite.models.rpc.any import Any
from flyte_lite.wire import INT32, STRING, Message, field, msg, protobuf_message

__all__ = ["Status"]


@protobuf_message("google.rpc.Status")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Status(Message):
    """``google.rpc.Status``: a gRPC status code, its message and typed details."""

    code: int = field(1, INT32)
    message: str = field(2, STRING)
    details: list[Any] = field(3, msg("google.protobuf.Any"), repeated=True)
