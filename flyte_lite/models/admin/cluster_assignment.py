"""Messages of ``flyteidl/admin/cluster_assignment.proto``."""

from __future__ import annotations

from flyte_lite.message import Message, message
from flyte_lite.wire import STRING, field

__all__ = ["ClusterAssignment"]


@message("flyteidl.admin.ClusterAssignment")
class ClusterAssignment(Message):
    """``flyteidl.admin.ClusterAssignment``."""

    cluster_pool_name: str = field(3, STRING)
