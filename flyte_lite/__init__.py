"""flyte_lite: Flyte task specs in pure Python, byte-exact with flyteidl, no protobuf.

    >>> from flyte_lite.models.admin.task import TaskSpec
    >>> spec = TaskSpec.from_bytes(data)
    >>> spec.to_bytes() == data
    True
"""

from __future__ import annotations

from flyte_lite.wire import DecodeError, EncodeError, Message
from flyte_lite.wire import lookup as _lookup

__version__ = "0.1.0"

__all__ = [
    "DecodeError",
    "EncodeError",
    "Message",
    "__version__",
    "message_class",
]


def message_class(full_name: str) -> type[Message]:
    """The class for a full protobuf name, e.g. ``"flyteidl.core.TaskTemplate"``."""
    import flyte_lite.models  # noqa: F401  (importing the models registers them)

    return _lookup(full_name)
