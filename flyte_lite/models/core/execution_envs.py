"""Messages of ``flyteidl/core/execution_envs.proto``."""

from __future__ import annotations

from typing import Any, Optional

import attrs

from flyte_lite.wire import (
    STRING,
    Message,
    field,
    msg,
    protobuf_message,
)

__all__ = ["ExecutionEnv", "ExecutionEnvAssignment"]


@protobuf_message("flyteidl.core.ExecutionEnv")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ExecutionEnv(Message):
    """``flyteidl.core.ExecutionEnv``."""

    name: str = field(1, STRING)
    type: str = field(2, STRING)
    extant: Optional[dict[str, Any]] = field(3, msg("google.protobuf.Struct"), oneof="environment")
    spec: Optional[dict[str, Any]] = field(4, msg("google.protobuf.Struct"), oneof="environment")
    version: str = field(5, STRING)


@protobuf_message("flyteidl.core.ExecutionEnvAssignment")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ExecutionEnvAssignment(Message):
    """``flyteidl.core.ExecutionEnvAssignment``."""

    node_ids: list[str] = field(1, STRING, repeated=True)
    task_type: str = field(2, STRING)
    execution_env: Optional[ExecutionEnv] = field(3, msg("flyteidl.core.ExecutionEnv"))
