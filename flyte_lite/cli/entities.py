"""Tasks, workflows and launch plans as the command sees them.

Every message read (:class:`~.common.Loaded`) becomes an :class:`Entity`: its kind
(``task``, ``workflow``, ``launch plan``), its name, and one canonical message to list,
compare and check: the admin ``TaskSpec`` of a task, the admin ``WorkflowSpec`` of a
workflow (an admin ``Workflow`` gives its compiled templates), the admin ``LaunchPlan``
of a launch plan. Walks over workflow messages are :mod:`flyte_lite.views.workflows`.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from collections.abc import Iterator, Sequence
from typing import NamedTuple, Optional

from flyte_lite.cli.common import KIND_NAMES, CLIError, Loaded, Progress, reader_of
from flyte_lite.message import Message
from flyte_lite.models.admin.launch_plan import LaunchPlan
from flyte_lite.models.admin.workflow import Workflow, WorkflowSpec
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.remote import FlyteTask

__all__ = ["Entity", "entity_of", "read_entities", "workflow_spec_of"]



class Entity(NamedTuple):
    """One task, workflow or launch plan read: ``message`` is its canonical message."""

    loaded: Loaded
    kind: str
    name: str
    message: Message
    task: Optional[FlyteTask] = None

    @property
    def id(self) -> Optional[Identifier]:
        """The entity's identifier, as its canonical message holds it."""
        if self.task is not None:
            return self.task.id
        if isinstance(self.message, WorkflowSpec):
            return self.message.template.id if self.message.template is not None else None
        if isinstance(self.message, LaunchPlan):
            return self.message.id
        return None


def entity_of(loaded: Loaded) -> Entity:
    """The entity in a message that was read; refuses one it cannot name."""
    from flyte_lite.cli.sources import ENTITY_OF, task_of  # sources loads on first read

    kind = ENTITY_OF[loaded.kind]
    if kind == "task":
        task = task_of(loaded)
        return Entity(loaded, kind, task.name, task.to_flyte_idl(), task)
    if kind == "workflow":
        spec = workflow_spec_of(loaded)
        assert spec.template is not None  # workflow_spec_of refuses one without
        return Entity(loaded, kind, _name(loaded, kind, spec.template.id), spec)
    message = loaded.message
    assert isinstance(message, LaunchPlan)
    return Entity(loaded, kind, _name(loaded, kind, message.id), message)


def read_entities(
    args: argparse.Namespace,
    paths: Sequence[str],
    seen: Optional[dict[bytes, FlyteTask]] = None,
) -> Iterator[Entity]:
    """Every task, workflow and launch plan in ``paths`` with ``--name`` applied; progress
    on a terminal's stderr. ``seen`` is :attr:`Reader.seen`."""
    from flyte_lite.cli.sources import iter_messages

    reader = reader_of(args, seen)
    patterns: list[str] = getattr(args, "name", [])
    kinds = {KIND_NAMES[k] for k in getattr(args, "kind", [])}
    found = 0
    progress = Progress(sys.stderr)
    try:
        for path in paths:
            for loaded in iter_messages(path, reader):
                entity = entity_of(loaded)
                if kinds and entity.kind not in kinds:
                    continue
                if patterns and not any(fnmatch.fnmatchcase(entity.name, p) for p in patterns):
                    continue
                found += 1
                progress.tick(found)
                yield entity
    finally:
        progress.done()
    if (patterns or kinds) and not found:
        what = " or ".join(sorted(kinds)) if kinds else "task, workflow or launch plan"
        named = f" named {' or '.join(patterns)}" if patterns else ""
        raise CLIError(", ".join(paths), f"no {what}{named}")


def _name(loaded: Loaded, kind: str, ident: Optional[Identifier]) -> str:
    if ident is None or not ident.name:
        raise CLIError(loaded.origin, f"a {kind} without an identifier name")
    return ident.name


def workflow_spec_of(loaded: Loaded) -> WorkflowSpec:
    """The admin ``WorkflowSpec`` of a workflow read as a spec or as an admin ``Workflow``
    (its compiled primary and sub-workflow templates; the description stays out)."""
    message = loaded.message
    if isinstance(message, Workflow):
        compiled = message.closure.compiled_workflow if message.closure is not None else None
        primary = compiled.primary if compiled is not None else None
        if compiled is None or primary is None or primary.template is None:
            raise CLIError(loaded.origin, "the admin Workflow has no closure.compiled_workflow")
        subs = [s.template for s in compiled.sub_workflows if s.template is not None]
        message = WorkflowSpec(template=primary.template, sub_workflows=subs)
    assert isinstance(message, WorkflowSpec)
    if message.template is None:
        raise CLIError(loaded.origin, "the admin WorkflowSpec has no template")
    return message
