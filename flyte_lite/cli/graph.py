"""``flyte-lite graph``: a workflow's nodes and edges as Graphviz DOT or Mermaid text.

Nodes are drawn by what they run (task, subworkflow, launch plan, branch with its
cases, gate, array node, failure node), between a ``start`` node (the workflow's
inputs) and an ``end`` node (its outputs). Edges come from bindings (labelled
``output → input``) and from upstream node ids that no binding covers (dashed).
``--svg``/``--png`` run Graphviz's ``dot`` on the DOT text.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from flyte_lite.cli.common import (
    EXIT_OK,
    CLIError,
    add_reader_options,
    printable,
)
from flyte_lite.cli.describe import duration_text
from flyte_lite.cli.entities import read_entities
from flyte_lite.models.admin.workflow import WorkflowSpec
from flyte_lite.models.core.literals import Binding
from flyte_lite.models.core.workflow import Node, WorkflowTemplate
from flyte_lite.views.workflows import (
    START_NODES,
    branch_cases,
    node_kind,
    node_target,
    promises,
    user_nodes,
)

SUMMARY = "draw a workflow's graph as Graphviz DOT or Mermaid, or render it with dot"
EPILOG = """\
Node shapes (dot / mermaid): task box / rectangle, subworkflow box3d / subroutine,
launch plan component / parallelogram, branch diamond / rhombus, gate octagon /
hexagon, array node doubled box / stadium, start and end circles; a branch's cases
hang below it, labelled if, elif N, else. Edges: a binding (output → input), or a
dashed edge for an upstream node id no binding covers. The failure node is dashed.

With several workflows in the input, --name picks one. --svg FILE and --png FILE run
Graphviz's `dot` (which must be on PATH) and write the picture instead of the text.

examples:
  flyte-lite graph 15_myproj.wf.wf_2.pb
  flyte-lite graph package.tgz --name myproj.wf.wf --format mermaid
  flyte-lite graph package.tgz --name myproj.wf.wf --svg wf.svg"""

FORMATS = ("dot", "mermaid")
#: Graphviz shape and attributes, and Mermaid brackets, by what a node runs.
_DOT_SHAPES = {
    "task": "shape=box",
    "subworkflow": "shape=box3d",
    "launchplan": "shape=component",
    "branch": "shape=diamond",
    "gate": "shape=octagon",
    "array": "shape=box, peripheries=2",
    "none": "shape=box",
    "fail": "shape=box, style=dashed",
    "terminal": "shape=circle",
}
_MERMAID_SHAPES = {
    "task": ("[", "]"),
    "subworkflow": ("[[", "]]"),
    "launchplan": ("[/", "/]"),
    "branch": ("{", "}"),
    "gate": ("{{", "}}"),
    "array": ("([", "])"),
    "none": ("[", "]"),
    "fail": ("[", "]"),
    "terminal": ("((", "))"),
}
START, END = "start", "end"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="a workflow file, package, folder or -")
    parser.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="NAME",
        help="the workflow to draw, when the input holds several (* and ? globs)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="dot", help="dot (default) or mermaid text"
    )
    parser.add_argument("--svg", metavar="FILE", help="render with Graphviz's dot to an SVG file")
    parser.add_argument("--png", metavar="FILE", help="render with Graphviz's dot to a PNG file")
    add_reader_options(parser, names=False)


def run(args: argparse.Namespace) -> int:
    renders = [(fmt, path) for fmt, path in (("svg", args.svg), ("png", args.png)) if path]
    if renders and args.format != "dot":
        raise CLIError("", f"--{renders[0][0]} renders the dot graph; it does not apply to "
                       f"--format {args.format}")
    dot = shutil.which("dot") if renders else None
    if renders and dot is None:
        raise CLIError(
            "",
            f"--{renders[0][0]} needs Graphviz's dot program on PATH, and there is none; "
            "install Graphviz (e.g. apt-get install graphviz) or print --format dot",
        )
    spec = _one_workflow(args)
    graph = workflow_graph(spec)
    text = to_dot(graph) if args.format == "dot" else to_mermaid(graph)
    if dot is None:
        sys.stdout.write(text)
        return EXIT_OK
    for fmt, path in renders:
        _render(dot, text, fmt, path)
    return EXIT_OK


def _one_workflow(args: argparse.Namespace) -> WorkflowSpec:
    workflows = [e for e in read_entities(args, [args.path]) if e.kind == "workflow"]
    if not workflows:
        raise CLIError(args.path, "holds no workflow to draw")
    if len(workflows) > 1:
        names = ", ".join(e.name for e in workflows[:5]) + (", ..." if len(workflows) > 5 else "")
        raise CLIError(
            args.path, f"holds {len(workflows)} workflows ({names}); pick one with --name"
        )
    spec = workflows[0].message
    assert isinstance(spec, WorkflowSpec)
    return spec


def _render(dot: str, text: str, fmt: str, path: str) -> None:
    try:
        done = subprocess.run(
            [dot, f"-T{fmt}", "-o", path], input=text.encode(), capture_output=True, check=False
        )
    except OSError as exc:
        raise CLIError(dot, exc.strerror or str(exc)) from None
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines()
        raise CLIError(
            path, f"dot failed (exit status {done.returncode}): {reason[0] if reason else ''}"
        )


# --- the graph --------------------------------------------------------------------------------


class GraphNode(NamedTuple):
    """A node to draw: its id in the graph, what it runs (the shape), its label lines."""

    id: str
    kind: str
    label: tuple[str, ...]


class Edge(NamedTuple):
    """An edge to draw; ``dashed`` for an upstream id no binding covers."""

    source: str
    target: str
    label: str
    dashed: bool = False


class Graph(NamedTuple):
    name: str
    nodes: list[GraphNode]
    edges: list[Edge]


def workflow_graph(spec: WorkflowSpec) -> Graph:
    """The nodes and edges of ``spec``'s workflow template."""
    template = spec.template or WorkflowTemplate()
    nodes = [GraphNode(START, "terminal", (START,))]
    edges: list[Edge] = []
    for node in user_nodes(template):
        nodes.append(_graph_node(node.id, node))
        edges.extend(_edges_into(node))
        for case, inner in branch_cases(node):
            inner_id = f"{node.id}/{case}"
            nodes.append(_graph_node(inner_id, inner))
            edges.append(Edge(node.id, inner_id, case))
        block = node.branch_node.if_else if node.branch_node is not None else None
        if block is not None and block.error is not None:
            fail_id = f"{node.id}/else"
            nodes.append(GraphNode(fail_id, "fail", ("fail", block.error.message)))
            edges.append(Edge(node.id, fail_id, "else"))
    nodes.append(GraphNode(END, "terminal", (END,)))
    edges.extend(_binding_edges(END, template.outputs))
    failure = template.failure_node
    if failure is not None:
        label = _graph_node(failure.id, failure).label
        nodes.append(GraphNode(failure.id, "fail", ("on failure", *label)))
    known = {node.id for node in nodes}
    for edge in edges:  # a binding or upstream id naming a node the workflow lacks
        if edge.source not in known:
            known.add(edge.source)
            nodes.insert(1, GraphNode(edge.source, "none", (edge.source, "not in the workflow")))
    name = template.id.name if template.id is not None else ""
    return Graph(name, nodes, _merged(edges))


def _graph_node(graph_id: str, node: Node) -> GraphNode:
    kind = node_kind(node)
    target = node_target(node)
    what = target.name if target is not None else ""
    if node.array_node is not None and node.array_node.node is not None:
        inner = node.array_node.node
        inner_target = node_target(inner)
        what = f"{node_kind(inner)} {inner_target.name if inner_target else inner.id}"
    elif node.gate_node is not None:
        what = _gate_text(node)
    elif kind == "branch":
        what = f"{len(branch_cases(node))} cases"
    title = node.metadata.name if node.metadata is not None and node.metadata.name else ""
    label = [node.id + (f" ({title})" if title else ""), f"{kind}: {what}"]
    return GraphNode(graph_id, kind, tuple(label))


def _gate_text(node: Node) -> str:
    gate = node.gate_node
    assert gate is not None
    if gate.sleep is not None:
        return f"sleep {duration_text(gate.sleep.duration)}"
    if gate.approve is not None:
        return f"approve {gate.approve.signal_id}"
    if gate.signal is not None:
        return f"signal {gate.signal.signal_id}"
    return "gate"


def _edges_into(node: Node) -> Iterator[Edge]:
    covered = set()
    for edge in _binding_edges(node.id, node.inputs):
        covered.add(edge.source)
        yield edge
    for upstream in node.upstream_node_ids:
        source = START if upstream in START_NODES else upstream
        if source not in covered:
            yield Edge(source, node.id, "", dashed=True)
    if not covered and not node.upstream_node_ids:
        yield Edge(START, node.id, "", dashed=True)


def _binding_edges(target: str, bindings: Sequence[Binding]) -> Iterator[Edge]:
    for binding in bindings:
        for promise in promises(binding.binding):
            source = START if promise.node_id in START_NODES else promise.node_id
            yield Edge(source, target, f"{promise.var} → {binding.var}")


def _merged(edges: list[Edge]) -> list[Edge]:
    """One edge per pair of nodes, its labels joined; solid wins over dashed."""
    merged: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        key = (edge.source, edge.target)
        before = merged.get(key)
        if before is None:
            merged[key] = edge
            continue
        labels = [t for t in (before.label, edge.label) if t]
        merged[key] = Edge(edge.source, edge.target, ", ".join(dict.fromkeys(labels)),
                           before.dashed and edge.dashed)
    return list(merged.values())


# --- text -------------------------------------------------------------------------------------


def _dot_text(text: str) -> str:
    escaped = printable(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def to_dot(graph: Graph) -> str:
    """Graphviz DOT text of ``graph``."""
    lines = [
        f"digraph {_dot_text(graph.name)} {{",
        "  rankdir=TB;",
        '  node [fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    for node in graph.nodes:
        label = "\\n".join(_dot_text(line)[1:-1] for line in node.label)
        lines.append(f'  {_dot_text(node.id)} [label="{label}", {_DOT_SHAPES[node.kind]}];')
    for edge in graph.edges:
        attributes = [f"label={_dot_text(edge.label)}"] if edge.label else []
        if edge.dashed:
            attributes.append("style=dashed")
        suffix = f" [{', '.join(attributes)}]" if attributes else ""
        lines.append(f"  {_dot_text(edge.source)} -> {_dot_text(edge.target)}{suffix};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    """Text inside a Mermaid label's quotes: quotes and angle brackets as entities."""
    replaced = printable(text).replace("#", "#35;").replace('"', "#quot;")
    return replaced.replace("<", "#lt;").replace(">", "#gt;")


def to_mermaid(graph: Graph) -> str:
    """Mermaid flowchart text of ``graph``; node ids become ``n1``, ``n2``, ..."""
    ids = {node.id: f"n{position}" for position, node in enumerate(graph.nodes)}
    lines = ["flowchart TD"]
    for node in graph.nodes:
        opening, closing = _MERMAID_SHAPES[node.kind]
        label = "<br>".join(_mermaid_text(line) for line in node.label)
        lines.append(f'  {ids[node.id]}{opening}"{label}"{closing}')
    for edge in graph.edges:
        source, target = ids[edge.source], ids[edge.target]
        arrow = "-.->" if edge.dashed else "-->"
        label = f'|"{_mermaid_text(edge.label)}"|' if edge.label else ""
        lines.append(f"  {source} {arrow}{label} {target}")
    return "\n".join(lines) + "\n"
