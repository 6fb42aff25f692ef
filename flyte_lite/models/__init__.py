"""Flyte's protobuf messages as attrs classes, laid out like flyteidl's modules.

Importing this package registers every message class with the codec.
"""

from flyte_lite.models import admin, core

__all__ = ["admin", "core"]
