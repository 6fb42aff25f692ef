"""Messages of ``flyteidl.core``, one module per proto file."""

from flyte_lite.models.core import (
    artifact_id,
    compiler,
    condition,
    identifier,
    interface,
    literals,
    security,
    tasks,
    types,
    workflow,
)

__all__ = [
    "artifact_id",
    "compiler",
    "condition",
    "identifier",
    "interface",
    "literals",
    "security",
    "tasks",
    "types",
    "workflow",
]
