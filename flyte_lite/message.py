"""The ``@message`` decorator that declares a message class."""

from __future__ import annotations

import sys
from typing import Any, Callable, TypeVar

import attrs

from flyte_lite.wire.message import Message
from flyte_lite.wire.registry import register

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - only type checkers read the marker

    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        return lambda decorated: decorated


__all__ = ["Message", "message"]

M = TypeVar("M", bound=Message)


@dataclass_transform(kw_only_default=True, frozen_default=True, eq_default=False,
                     field_specifiers=(attrs.field,))
def message(full_name: str) -> Callable[[type[M]], type[M]]:
    """Class decorator: a frozen, keyword-only attrs message class registered under its
    full protobuf name, e.g. ``@message("flyteidl.core.TaskTemplate")``."""

    def declare(cls: type[M]) -> type[M]:
        return register(full_name, attrs.frozen(kw_only=True, slots=False, eq=False,
                                                repr=False)(cls))

    return declare
