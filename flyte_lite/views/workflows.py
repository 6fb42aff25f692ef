"""Walks over workflow messages: what a node runs, the nodes inside it, the promises a
binding takes; identifiers and literals as short text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Optional

from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.literals import BindingData, Literal
from flyte_lite.models.core.types import OutputReference
from flyte_lite.models.core.workflow import Node, WorkflowTemplate

__all__ = [
    "END_NODE_ID",
    "START_NODES",
    "START_NODE_ID",
    "SYSTEM_NODES",
    "branch_cases",
    "identifier_text",
    "inner_nodes",
    "literal_text",
    "names_of",
    "node_kind",
    "node_target",
    "promises",
    "user_nodes",
    "walk_nodes",
]

#: The ids of the system nodes FlyteAdmin's compiler adds; they are not the workflow's own.
START_NODE_ID = "start-node"
END_NODE_ID = "end-node"
SYSTEM_NODES = (START_NODE_ID, END_NODE_ID)
#: The node ids a binding uses for the workflow's own inputs (flytekit writes "").
START_NODES = ("", START_NODE_ID)


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
    from flyte_lite.views.changes import value_text  # loads when first needed

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
