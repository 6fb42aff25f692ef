"""Messages of ``flyteidl/admin/cluster_assignment.proto``."""

from __future__ import annotations

import attrs

from flyte_lite.wire import (
    STRING,
    Message,
    field,
    protobuf_message,
)

__all__ = ["ClusterAssignment"]


@protobuf_message("flyteidl.admin.ClusterAssignment")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ClusterAssignment(Message):
    """``flyteidl.admin.ClusterAssignment``."""

    cluster_pool_name: str = field(3, STRING)
