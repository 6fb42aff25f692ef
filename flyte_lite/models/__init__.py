"""Flyte's protobuf messages as attrs classes, laid out like flyteidl's modules.

Modules are imported when used; :func:`load_all` imports every one, registering each
message class under its full protobuf name.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from flyte_lite.message import registered

if TYPE_CHECKING:
    from flyte_lite.message import Message

MODULES = (
    "flyte_lite.models.core.identifier",
    "flyte_lite.models.core.artifact_id",
    "flyte_lite.models.core.types",
    "flyte_lite.models.core.interface",
    "flyte_lite.models.core.literals",
    "flyte_lite.models.core.security",
    "flyte_lite.models.core.tasks",
    "flyte_lite.models.core.condition",
    "flyte_lite.models.core.workflow",
    "flyte_lite.models.core.compiler",
    "flyte_lite.models.core.execution",
    "flyte_lite.models.core.execution_envs",
    "flyte_lite.models.admin.description_entity",
    "flyte_lite.models.admin.task",
    "flyte_lite.models.admin.common",
    "flyte_lite.models.admin.project",
    "flyte_lite.models.admin.cluster_assignment",
    "flyte_lite.models.admin.schedule",
    "flyte_lite.models.admin.workflow",
    "flyte_lite.models.admin.launch_plan",
    "flyte_lite.models.rpc.any",
    "flyte_lite.models.rpc.status",
)


def load_all() -> None:
    """Import every model module (and so register every message class)."""
    for name in MODULES:
        importlib.import_module(name)


def message_classes() -> dict[str, type[Message]]:
    """Every message class flyte_lite defines (the models and the well-known types), by
    full protobuf name in sorted order; classes registered by other code are left out."""
    load_all()
    return {name: cls for name, cls in sorted(registered().items())
            if cls.__module__.startswith("flyte_lite.")}
