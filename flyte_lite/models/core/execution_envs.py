"""Messages of ``flyteidl/core/execution_envs.proto``."""

from __future__ import annotations

from typing import Any, Optional

from flyte_lite.message import Message, message
from flyte_lite.wire import STRING, field, msg

__all__ = ["ExecutionEnv", "ExecutionEnvAssignment"]


@message("flyteidl.core.ExecutionEnv")
class ExecutionEnv(Message):
    """``flyteidl.core.ExecutionEnv``."""

    name: str = field(1, STRING)
    type: str = field(2, STRING)
    extant: Optional[dict[str, Any]] = field(3, msg("google.protobuf.Struct"), oneof="environment")
    spec: Optional[dict[str, Any]] = field(4, msg("google.protobuf.Struct"), oneof="environment")
    version: str = field(5, STRING)


@message("flyteidl.core.ExecutionEnvAssignment")
class ExecutionEnvAssignment(Message):
    """``flyteidl.core.ExecutionEnvAssignment``."""

    node_ids: list[str] = field(1, STRING, repeated=True)
    task_type: str = field(2, STRING)
    execution_env: Optional[ExecutionEnv] = field(3, msg("flyteidl.core.ExecutionEnv"))
