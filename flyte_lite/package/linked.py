"""A registration package as one object: its tasks, workflow specs and launch plans by
name, with the references between them resolved, and what does not resolve listed.

References resolve by name within the package; a reference whose project, domain or
version is set must match the entity's own. A reference with all three set and nothing
in the package to match names an entity registered elsewhere and is left to FlyteAdmin.
What else does not resolve (a task node whose task is not in the package, a launch plan
of a missing workflow, two entries of one name with different content) is one line in
:attr:`Package.problems`, never an exception.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Optional, Union

import attrs

from flyte_lite.message import Message
from flyte_lite.models.admin.launch_plan import LaunchPlan
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.admin.workflow import WorkflowSpec
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.workflow import WorkflowTemplate
from flyte_lite.package.entries import DEFAULT_MAX_SIZE, PackageEntry, PackageError, read_entries
from flyte_lite.package.identifier_walk import IdentifierUse, identifiers

__all__ = ["ENTRY_CLASSES", "Package", "decode_entry"]

#: What an entry of each kind holds.
ENTRY_CLASSES: dict[str, type[Message]] = {
    "task": TaskSpec, "workflow": WorkflowSpec, "launch plan": LaunchPlan,
}
_PLACEHOLDER = "{{ registration."


def decode_entry(entry: PackageEntry) -> Message:
    """The message an entry holds (binary, or JSON for ``.json`` entries); a
    :class:`PackageError` naming the entry if it does not decode."""
    cls = ENTRY_CLASSES[entry.entry.kind]
    try:
        if entry.entry.ext == "json":
            return cls.from_json(entry.data)
        return cls.from_bytes(entry.data)
    except ValueError as exc:
        raise PackageError(entry.origin, f"not an admin {cls.__name__}: {exc}") from None


@attrs.frozen
class Package:
    """The entities of a package by name, in package order, and its problems.

    ``tasks``, ``workflows`` and ``launch_plans`` map names to admin ``TaskSpec``,
    ``WorkflowSpec`` and ``LaunchPlan`` messages; ``origins`` where each was read and
    ``identifiers`` every identifier inside each, its own first (both by ``(kind, name)``;
    ``origins[("task", "my.task")]`` is ``archive:member`` or a path).
    """

    tasks: Mapping[str, TaskSpec]
    workflows: Mapping[str, WorkflowSpec]
    launch_plans: Mapping[str, LaunchPlan]
    origins: Mapping[tuple[str, str], str] = attrs.field(repr=False)
    identifiers: Mapping[tuple[str, str], tuple[IdentifierUse, ...]] = attrs.field(repr=False)
    problems: tuple[str, ...]

    @classmethod
    def read(cls, path: Union[str, os.PathLike[str]], *,
             max_size: int = DEFAULT_MAX_SIZE) -> Package:
        """The package at ``path`` (a ``pyflyte package`` archive or ``pyflyte serialize``
        folder). Unreadable archives and entries raise :class:`PackageError`."""
        return cls.from_entries(read_entries(path, max_size=max_size))

    @classmethod
    def from_entries(cls, entries: Iterable[PackageEntry]) -> Package:
        """A package of entries (as :func:`read_entries` gives them)."""
        return cls.from_messages((e.origin, decode_entry(e)) for e in entries)

    @classmethod
    def from_messages(cls, messages: Iterable[tuple[str, Message]]) -> Package:
        """A package of ``(origin, message)`` pairs: admin ``TaskSpec``,
        ``WorkflowSpec`` and ``LaunchPlan`` messages."""
        found: dict[str, dict[str, Any]] = {kind: {} for kind in ENTRY_CLASSES}
        origins: dict[tuple[str, str], str] = {}
        uses: dict[tuple[str, str], tuple[IdentifierUse, ...]] = {}
        problems: list[str] = []
        for origin, message in messages:
            inside = tuple(identifiers(message))
            own = inside[0] if inside and inside[0].defines else None
            if own is None or not own.id.name:
                problems.append(f"{origin}: the {_kind_of(message)} has no identifier")
                continue
            kind, name = own.kind, own.id.name
            earlier = found[kind].get(name)
            if earlier is None:
                found[kind][name] = message
                origins[(kind, name)] = origin
                uses[(kind, name)] = inside
            elif earlier.to_bytes(deterministic=True) != message.to_bytes(deterministic=True):
                problems.append(f"{origin}: {kind} {name} is also in "
                                f"{origins[(kind, name)]} with different content")
        package = cls(
            tasks=MappingProxyType(found["task"]),
            workflows=MappingProxyType(found["workflow"]),
            launch_plans=MappingProxyType(found["launch plan"]),
            origins=MappingProxyType(origins), identifiers=MappingProxyType(uses), problems=(),
        )
        problems.extend(package._unresolved())
        return attrs.evolve(package, problems=tuple(problems))

    # --- following references ------------------------------------------------------------

    def resolve(self, use: IdentifierUse, within: Optional[WorkflowSpec] = None) -> Any:
        """What a reference names: a ``TaskSpec``, a ``LaunchPlan``, or for a workflow the
        ``WorkflowTemplate`` (a sub-workflow of ``within``, else a package workflow's);
        ``None`` when it is not in the package."""
        if use.kind == "workflow":
            for sub in within.sub_workflows if within is not None else ():
                if sub.id is not None and _same(use.id, sub.id):
                    return sub
            spec = self.workflows.get(use.id.name)
            template = spec.template if spec is not None else None
            return template if template is not None and _same(use.id, template.id) else None
        table: Mapping[str, Any] = self.tasks if use.kind == "task" else self.launch_plans
        found = table.get(use.id.name)
        if found is None:
            return None
        own = self.identifiers[(use.kind, use.id.name)][0]
        return found if _same(use.id, own.id) else None

    def tasks_of(self, workflow: str) -> dict[str, TaskSpec]:
        """The package tasks that workflow ``workflow`` calls (in its sub-workflows, branches
        and array nodes too), by name, in first-call order."""
        return self._linked(workflow, "task")

    def launch_plans_of(self, workflow: str) -> dict[str, LaunchPlan]:
        """The package launch plans that workflow ``workflow`` calls, by name."""
        return self._linked(workflow, "launch plan")

    def sub_workflows_of(self, workflow: str) -> dict[str, WorkflowTemplate]:
        """The workflow templates that workflow ``workflow`` calls as sub-workflows."""
        return self._linked(workflow, "workflow")

    def workflow_of(self, launch_plan: str) -> Optional[WorkflowSpec]:
        """The package workflow that launch plan ``launch_plan`` launches, if present."""
        use = next(self._references("launch plan", launch_plan), None)
        if use is None or self.resolve(use) is None:
            return None
        return self.workflows[use.id.name]

    def _linked(self, workflow: str, kind: str) -> dict[str, Any]:
        spec = self.workflows[workflow]
        linked: dict[str, Any] = {}
        for use in self._references("workflow", workflow):
            if use.kind == kind and use.id.name not in linked:
                found = self.resolve(use, spec)
                if found is not None:
                    linked[use.id.name] = found
        return linked

    def _references(self, kind: str, name: str) -> Iterator[IdentifierUse]:
        return (use for use in self.identifiers[(kind, name)] if not use.defines)

    def _unresolved(self) -> Iterable[str]:
        for kind, table in (("workflow", self.workflows), ("launch plan", self.launch_plans)):
            for name, entity in table.items():
                for use in self._references(kind, name):
                    within = entity if isinstance(entity, WorkflowSpec) else None
                    if self.resolve(use, within) is None and not _pinned(use.id):
                        yield (f"{self.origins[(kind, name)]}: {kind} {name}: {use.path} "
                               f"refers to {use.kind} {_id_text(use.id)}, not in the package")


def _kind_of(message: Message) -> str:
    return {TaskSpec: "task", WorkflowSpec: "workflow", LaunchPlan: "launch plan"}.get(
        type(message), type(message).__name__)


def _same(ref: Identifier, own: Optional[Identifier]) -> bool:
    """Whether reference ``ref`` names the entity with identifier ``own``: the same name,
    and each of project, domain and version equal or left to registration."""
    if own is None or ref.name != own.name:
        return False
    for part in ("project", "domain", "version"):
        a, b = getattr(ref, part), getattr(own, part)
        if a != b and not (_unset(a) and _unset(b)):
            return False
    return True


def _pinned(id: Identifier) -> bool:
    """Whether ``id`` names a registered entity: project, domain and version all set."""
    return not any(_unset(getattr(id, part)) for part in ("project", "domain", "version"))


def _unset(value: str) -> bool:
    return not value or value.startswith(_PLACEHOLDER)


def _id_text(id: Identifier) -> str:
    parts = [id.project, id.domain, id.name]
    text = "/".join(p for p in parts if p) or "(no name)"
    return f"{text}@{id.version}" if id.version else text
