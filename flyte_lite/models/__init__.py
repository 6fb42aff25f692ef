"""Flyte's protobuf messages as attrs classes, laid out like flyteidl's modules.

Modules are imported when used; :func:`load_all` imports every one, registering each
message class under its full protobuf name.
"""

from __future__ import annotations

import importlib

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
    "flyte_lite.models.admin.description_entity",
    "flyte_lite.models.admin.task",
)


def load_all() -> None:
    """Import every model module (and so register every message class)."""
    for name in MODULES:
        importlib.import_module(name)
