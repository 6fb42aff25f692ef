"""flyte_lite: Flyte tasks, workflows and launch plans in pure Python, byte-exact with
flyteidl, no protobuf.

    >>> from flyte_lite.models.admin.task import TaskSpec
    >>> spec = TaskSpec.from_bytes(data)
    >>> spec.to_bytes() == data
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flyte_lite._version import __version__
from flyte_lite.message import Message
from flyte_lite.message import lookup as _lookup
from flyte_lite.wire import DecodeError, EncodeError, FieldPathError

if TYPE_CHECKING:
    from flyte_lite.protojson import JSONError
    from flyte_lite.remote import FlyteLaunchPlan, FlyteTask, FlyteWorkflow

__all__ = [
    "DecodeError",
    "EncodeError",
    "FieldPathError",
    "FlyteLaunchPlan",
    "FlyteTask",
    "FlyteWorkflow",
    "JSONError",
    "Message",
    "__version__",
    "message_class",
]


def message_class(full_name: str) -> type[Message]:
    """The class for a full protobuf name, e.g. ``"flyteidl.core.TaskTemplate"``."""
    from flyte_lite.models import load_all

    load_all()
    return _lookup(full_name)


def __getattr__(name: str) -> Any:
    # the entities are imported on first use, so `import flyte_lite` stays small.
    if name in ("FlyteTask", "FlyteWorkflow", "FlyteLaunchPlan"):
        import flyte_lite.remote

        return getattr(flyte_lite.remote, name)
    if name == "JSONError":  # with the JSON mapping, on first use
        from flyte_lite.protojson import JSONError

        return JSONError
    raise AttributeError(f"module 'flyte_lite' has no attribute {name!r}")
