"""Messages of ``flyteidl.admin``, one module per proto file."""

from flyte_lite.models.admin import description_entity, task

__all__ = ["description_entity", "task"]
