"""Names a package exports from its modules, each module imported when one of its names is
first used (a module ``__getattr__``, PEP 562)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Callable

__all__ = ["lazy_getattr"]


def lazy_getattr(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A ``__getattr__`` for ``package`` that gives each name of ``where`` (name -> module
    of the package) from its module; ``AttributeError`` for any other."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__
