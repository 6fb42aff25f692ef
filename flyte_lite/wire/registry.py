"""Message classes by full protobuf name, so declarations can name each other lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from flyte_lite.wire.message import WireMessage

M = TypeVar("M", bound="WireMessage")

_REGISTRY: dict[str, type[WireMessage]] = {}


def register(full_name: str, cls: type[M]) -> type[M]:
    """Register message class ``cls`` under its full protobuf name and return it."""
    if full_name in _REGISTRY:
        raise ValueError(f"{full_name} is registered twice")
    cls.full_name = full_name
    _REGISTRY[full_name] = cls
    return cls


def lookup(full_name: str) -> type[WireMessage]:
    """The registered class for a full protobuf name; ``KeyError`` if there is none."""
    try:
        return _REGISTRY[full_name]
    except KeyError:
        raise KeyError(f"no message class is registered for {full_name!r}") from None


def registered() -> dict[str, type[WireMessage]]:
    """A copy of the registry: every message class imported so far, by full name."""
    return dict(_REGISTRY)
