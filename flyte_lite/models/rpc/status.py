"""Messages of ``google/rpc/status.proto``: the error body of FlyteAdmin's HTTP gateway."""

from __future__ import annotations

from flyte_lite.message import Message, message
from flyte_lite.models.rpc.any import Any
from flyte_lite.wire import INT32, STRING, field, msg

__all__ = ["Status"]


@message("google.rpc.Status")
class Status(Message):
    """``google.rpc.Status``: a gRPC status code, its message and typed details."""

    code: int = field(1, INT32)
    message: str = field(2, STRING)
    details: list[Any] = field(3, msg("google.protobuf.Any"), repeated=True)
