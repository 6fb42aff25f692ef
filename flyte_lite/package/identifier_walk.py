"""The identifiers inside a task spec, workflow spec or launch plan, and what each says:
the entity's own (``defines``) or a reference to a task, workflow or launch plan.

One walk serves both reading (which entities a workflow calls) and rewriting (setting
project, domain and version at registration): :func:`map_identifiers` calls a function on
every identifier, with its kind and place, and rebuilds only what changed. Nodes are
walked into branches (every ``then`` and the ``else``), array nodes and the failure node;
a workflow spec's ``sub_workflows`` templates are walked like its own template.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Callable, NamedTuple, Optional, TypeVar

import attrs

from flyte_lite.models.admin.launch_plan import LaunchPlan
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.admin.workflow import WorkflowSpec
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.workflow import IfElseBlock, Node, WorkflowTemplate

__all__ = ["IdentifierUse", "identifiers", "map_identifiers", "references"]

M = TypeVar("M")


class IdentifierUse(NamedTuple):
    """An identifier, the kind of entity it names (``task``, ``workflow``, ``launch plan``),
    whether it is the entity's own (``defines``), and where it sits (a field path)."""

    id: Identifier
    kind: str
    defines: bool
    path: str


#: ``f(use) -> identifier``: what to put in place of ``use.id``.
Mapper = Callable[[IdentifierUse], Identifier]


def map_identifiers(entity: M, f: Mapper) -> M:
    """``entity`` (an admin ``TaskSpec``, ``WorkflowSpec`` or ``LaunchPlan``) with each
    identifier replaced by ``f``'s answer; parts without one are left alone."""
    return _Walk(f).entity(entity)  # type: ignore[no-any-return]


def identifiers(entity: Any) -> Iterator[IdentifierUse]:
    """Every identifier in ``entity``, in field order."""
    found: list[IdentifierUse] = []

    def note(use: IdentifierUse) -> Identifier:
        found.append(use)
        return use.id

    map_identifiers(entity, note)
    return iter(found)


def references(entity: Any) -> Iterator[IdentifierUse]:
    """The identifiers of other entities that ``entity`` refers to."""
    return (use for use in identifiers(entity) if not use.defines)


class _Walk:
    def __init__(self, f: Mapper) -> None:
        self.f = f

    def id(self, id: Optional[Identifier], kind: str, defines: bool, path: str) -> Any:
        if id is None:
            return None
        new = self.f(IdentifierUse(id, kind, defines, path))
        return id if new == id else new

    def entity(self, entity: Any) -> Any:
        if isinstance(entity, TaskSpec):
            task = entity.template
            if task is None:
                return entity
            id = self.id(task.id, "task", True, "template.id")
            if id is task.id:
                return entity
            return attrs.evolve(entity, template=attrs.evolve(task, id=id))
        if isinstance(entity, WorkflowSpec):
            template = self.template(entity.template, "template")
            subs: list[Any] = [self.template(t, f"sub_workflows[{i}]")
                    for i, t in enumerate(entity.sub_workflows)]
            changes: dict[str, Any] = {}
            if template is not entity.template:
                changes["template"] = template
            if any(a is not b for a, b in zip(subs, entity.sub_workflows)):
                changes["sub_workflows"] = type(entity.sub_workflows)(subs)
            return attrs.evolve(entity, **changes) if changes else entity
        if isinstance(entity, LaunchPlan):
            changes = {}
            id = self.id(entity.id, "launch plan", True, "id")
            if id is not entity.id:
                changes["id"] = id
            spec = entity.spec
            if spec is not None:
                wf = self.id(spec.workflow_id, "workflow", False, "spec.workflow_id")
                if wf is not spec.workflow_id:
                    changes["spec"] = attrs.evolve(spec, workflow_id=wf)
            return attrs.evolve(entity, **changes) if changes else entity
        raise TypeError(f"not a TaskSpec, WorkflowSpec or LaunchPlan: {type(entity).__name__}")

    def template(self, t: Optional[WorkflowTemplate], path: str) -> Optional[WorkflowTemplate]:
        if t is None:
            return None
        changes: dict[str, Any] = {}
        id = self.id(t.id, "workflow", True, f"{path}.id")
        if id is not t.id:
            changes["id"] = id
        nodes = self.nodes(t.nodes, f"{path}.nodes")
        if nodes is not t.nodes:
            changes["nodes"] = nodes
        failure = self.node(t.failure_node, f"{path}.failure_node")
        if failure is not t.failure_node:
            changes["failure_node"] = failure
        return attrs.evolve(t, **changes) if changes else t

    def nodes(self, nodes: Any, path: str) -> Any:
        new = [self.node(n, f"{path}[{i}]") for i, n in enumerate(nodes)]
        if all(a is b for a, b in zip(new, nodes)):
            return nodes
        return type(nodes)(new)

    def node(self, node: Optional[Node], path: str) -> Optional[Node]:
        if node is None:
            return None
        target = node.which_oneof("target")
        if target == "task_node":
            task = node.task_node
            assert task is not None
            id = self.id(task.reference_id, "task", False, f"{path}.task_node.reference_id")
            if id is task.reference_id:
                return node
            return attrs.evolve(node, task_node=attrs.evolve(task, reference_id=id))
        if target == "workflow_node":
            wf = node.workflow_node
            assert wf is not None
            ref = wf.which_oneof("reference")
            if ref is None:
                return node
            kind = "launch plan" if ref == "launchplan_ref" else "workflow"
            id = self.id(getattr(wf, ref), kind, False, f"{path}.workflow_node.{ref}")
            if id is getattr(wf, ref):
                return node
            return attrs.evolve(node, workflow_node=attrs.evolve(wf, **{ref: id}))
        if target == "branch_node":
            branch = node.branch_node
            assert branch is not None
            block = self.if_else(branch.if_else, f"{path}.branch_node.if_else")
            if block is branch.if_else:
                return node
            return attrs.evolve(node, branch_node=attrs.evolve(branch, if_else=block))
        if target == "array_node":
            array = node.array_node
            assert array is not None
            inner = self.node(array.node, f"{path}.array_node.node")
            if inner is array.node:
                return node
            return attrs.evolve(node, array_node=attrs.evolve(array, node=inner))
        return node

    def if_else(self, block: Optional[IfElseBlock], path: str) -> Optional[IfElseBlock]:
        if block is None:
            return None
        changes: dict[str, Any] = {}
        cases = [block.case, *block.other]
        new_cases: list[Any] = []
        for i, case in enumerate(cases):
            where = f"{path}.case" if i == 0 else f"{path}.other[{i - 1}]"
            then = self.node(case.then_node, f"{where}.then_node") if case else None
            new_cases.append(case if case is None or then is case.then_node
                             else attrs.evolve(case, then_node=then))
        if new_cases[0] is not block.case:
            changes["case"] = new_cases[0]
        if any(a is not b for a, b in zip(new_cases[1:], block.other)):
            changes["other"] = type(block.other)(new_cases[1:])
        else_node = self.node(block.else_node, f"{path}.else_node")
        if else_node is not block.else_node:
            changes["else_node"] = else_node
        return attrs.evolve(block, **changes) if changes else block
