"""Tasks, workflows and launch plans as the command sees them, and walking a workflow.

Every message read (:class:`~.common.Loaded`) becomes an :class:`Entity`: its kind
(``task``, ``workflow``, ``launch plan``), its name, and one canonical message to list,
compare and check: the admin ``TaskSpec`` of a task, the admin ``WorkflowSpec`` of a
workflow (an admin ``Workflow`` gives its compiled templates), the admin ``LaunchPlan``
of a launch plan. The workflow helpers work on the message classes only.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, Optional

from flyte_lite.cli.common import KIND_NAMES, CLIError, Loaded, Progress, reader_of
from flyte_lite.message import Message
from flyte_lite.models.admin.launch_plan import LaunchPlan
from flyte_lite.models.admin.workflow import Workflow, WorkflowSpec
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.literals import BindingData, Literal
from flyte_lite.models.core.types import OutputReference
from flyte_lite.models.core.workflow import Node, WorkflowTemplate
from flyte_lite.remote import FlyteTask

__all__ = [
    "START_NODES",
    "Entity",
    "branch_cases",
    "entity_of",
    "identifier_text",
    "inner_nodes",
    "literal_text",
    "names_of",
    "node_kind",
    "node_target",
    "promises",
    "read_entities",
    "user_nodes",
    "walk_nodes",
    "workflow_spec_of",
]

#: The node ids a binding uses for the workflow's own inputs (flytekit writes "").
START_NODES = ("", "start-node")
#: The nodes FlyteAdmin's compiler adds to a workflow: they run nothing.
SYSTEM_NODES = ("start-node", "end-node")


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


# --- workflows --------------------------------------------------------------------------------

_TARGETS = ("task_node", "workflow_node", "branch_node", "gate_node", "array_node")


def node_kind(node: Node) -> str:
    """What a node runs: task, subworkflow, launchplan, branch, gate, array or none."""
    workflow = node.workflow_node
    if workflow is not None:
        return "launchplan" if workflow.launchplan_ref is not None else "subworkflow"
    for target in _TARGETS:
        if getattr(node, target) is not None:
            return target.removesuffix("_node")
    return "none"


def node_target(node: Node) -> Optional[Identifier]:
    """The identifier a task, subworkflow or launch plan node refers to."""
    if node.task_node is not None:
        return node.task_node.reference_id
    if node.workflow_node is not None:
        return node.workflow_node.launchplan_ref or node.workflow_node.sub_workflow_ref
    return None


def branch_cases(node: Node) -> list[tuple[str, Node]]:
    """The nodes a branch node runs, each with its case: ``if``, ``elif N``, ``else``."""
    block = node.branch_node.if_else if node.branch_node is not None else None
    if block is None:
        return []
    cases = []
    if block.case is not None and block.case.then_node is not None:
        cases.append(("if", block.case.then_node))
    for position, other in enumerate(block.other, 1):
        if other.then_node is not None:
            cases.append((f"elif {position}", other.then_node))
    if block.else_node is not None:
        cases.append(("else", block.else_node))
    return cases


def inner_nodes(node: Node) -> list[Node]:
    """The nodes inside a node: a branch's cases, an array node's node."""
    inner = [n for _, n in branch_cases(node)]
    if node.array_node is not None and node.array_node.node is not None:
        inner.append(node.array_node.node)
    return inner


def user_nodes(template: WorkflowTemplate, *, failure: bool = False) -> list[Node]:
    """A template's nodes without the start and end nodes FlyteAdmin's compiler adds;
    with ``failure``, its failure node last."""
    nodes = [n for n in template.nodes if n.id not in SYSTEM_NODES or node_kind(n) != "none"]
    if failure and template.failure_node is not None:
        nodes.append(template.failure_node)
    return nodes


def walk_nodes(nodes: Iterable[Node]) -> Iterator[Node]:
    """Every node in ``nodes`` and inside them (branch cases, array nodes), depth first."""
    stack = list(nodes)[::-1]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(inner_nodes(node)[::-1])


def promises(data: Optional[BindingData]) -> Iterator[OutputReference]:
    """Every node output a binding takes, in collections and maps too."""
    stack = [data]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        if item.promise is not None:
            yield item.promise
        if item.collection is not None:
            stack.extend(reversed(item.collection.bindings))
        if item.map is not None:
            stack.extend(item.map.bindings[key] for key in sorted(item.map.bindings, reverse=True))


def identifier_text(ident: Optional[Identifier]) -> str:
    """``project/domain/name@version``, leaving out what is empty."""
    if ident is None:
        return "-"
    where = "/".join(p for p in (ident.project, ident.domain) if p)
    text = f"{where}/{ident.name}" if where else ident.name
    return f"{text}@{ident.version}" if ident.version else text


def names_of(idents: Sequence[Optional[Identifier]]) -> list[str]:
    """The distinct names of ``idents``, in order of first use."""
    return list(dict.fromkeys(i.name for i in idents if i is not None))


# --- literals ---------------------------------------------------------------------------------


def literal_text(literal: Optional[Literal]) -> str:
    """A short readable text of a literal value: ``3``, ``"a"``, ``[1, 2]``, ``{a: 1}``."""
    from flyte_lite.views.changes import value_text

    if literal is None:
        return "-"
    if literal.collection is not None:
        return f"[{', '.join(literal_text(v) for v in literal.collection.literals)}]"
    if literal.map is not None:
        items = literal.map.literals
        return "{" + ", ".join(f"{k}: {literal_text(items[k])}" for k in sorted(items)) + "}"
    scalar = literal.scalar
    if scalar is None:
        return "<literal>"
    if scalar.primitive is not None:
        primitive = scalar.primitive
        for name in ("integer", "float_value", "string_value", "boolean", "datetime", "duration"):
            value = getattr(primitive, name)
            if value is not None:
                return value_text(value)
    if scalar.none_type is not None:
        return "None"
    if scalar.blob is not None:
        return f"<blob {scalar.blob.uri}>"
    if scalar.union is not None:
        return literal_text(scalar.union.value)
    for name in ("generic", "structured_dataset", "schema", "binary", "error"):
        if getattr(scalar, name, None) is not None:
            return f"<{name}>"
    return "<literal>"
