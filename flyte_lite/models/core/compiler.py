"""Messages of ``flyteidl/core/compiler.proto``."""

from __future__ import annotations

from typing import Optional

import attrs

from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.wire import (
    Message,
    field,
    msg,
    protobuf_message,
)

__all__ = ["CompiledTask"]


@protobuf_message("flyteidl.core.CompiledTask")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class CompiledTask(Message):
    """``flyteidl.core.CompiledTask``."""

    template: Optional[TaskTemplate] = field(1, msg("flyteidl.core.TaskTemplate"))
