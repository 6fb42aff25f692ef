"""``flyte-lite check``: validate a package as FlyteAdmin would before registering it.

One line per problem, ``ORIGIN: KIND NAME: PROBLEM``; exit status 1 when there are
problems, 0 when there are none, 2 when the input cannot be read. What is checked:

- identifiers: every task, workflow and launch plan has one with a name and the
  resource type of its kind, and the project, domain and version most of them have;
- references: a task node's task, a subworkflow node's workflow (the spec's own
  sub-workflows or the package's), a launch plan node's launch plan and a launch
  plan's workflow are in the package, with the resource type of their kind; the nodes
  a binding takes outputs from, and the upstream node ids, are in the workflow;
- types: each binding names an input of what its node calls, and what it gives (a
  workflow input, another node's output, a literal) has that input's type; inputs
  without a binding, and workflow outputs without one, are reported; a launch plan's
  fixed and default inputs are inputs of its workflow, of the same types;
- duplicates: two entities with the same kind and identifier and different content.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple, Optional

from flyte_lite.cli.common import (
    EXIT_DIFFERENT,
    EXIT_OK,
    PROG,
    Output,
    add_reader_options,
)
from flyte_lite.cli.entities import Entity, read_entities
from flyte_lite.models.admin.launch_plan import LaunchPlan
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.admin.workflow import WorkflowSpec
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.interface import TypedInterface, Variable, VariableMap
from flyte_lite.models.core.literals import Binding, BindingData, Literal, Scalar
from flyte_lite.models.core.types import LiteralType, SimpleType
from flyte_lite.models.core.workflow import Node, WorkflowTemplate
from flyte_lite.views.pretty import type_summary
from flyte_lite.views.workflows import (
    START_NODES,
    identifier_text,
    inner_nodes,
    node_kind,
    node_target,
    promises,
    user_nodes,
    walk_nodes,
)

SUMMARY = "validate a package as FlyteAdmin would before registering it"
EPILOG = """\
Checks every reference (tasks, subworkflows, launch plans, a launch plan's workflow,
the nodes a binding reads from), every binding's type against the input it feeds,
that identifiers are complete and share one project/domain/version, and that no
identifier is given twice with different content. One line per problem:
  ORIGIN: KIND NAME: PROBLEM

exit status: 0 no problems, 1 problems, 2 the input cannot be read.

examples:
  flyte-lite check package.tgz
  flyte-lite check serialized/
  flyte-lite check package.tgz extra_tasks.json"""

#: The resource type each kind of entity has in its identifier.
_RESOURCES = {
    "task": ResourceType.TASK,
    "workflow": ResourceType.WORKFLOW,
    "launch plan": ResourceType.LAUNCH_PLAN,
}
#: The type a binding's literal has, by the primitive field that is set.
_PRIMITIVE_TYPES = {
    "integer": SimpleType.INTEGER,
    "float_value": SimpleType.FLOAT,
    "string_value": SimpleType.STRING,
    "boolean": SimpleType.BOOLEAN,
    "datetime": SimpleType.DATETIME,
    "duration": SimpleType.DURATION,
}
#: What each kind of node that calls something calls.
_CALLS = {"task": "task", "subworkflow": "workflow", "launchplan": "launch plan"}
_IdKey = tuple[str, str, str, str]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PACKAGE", help="packages, folders, files or -")
    add_reader_options(parser, names=False)


def run(args: argparse.Namespace) -> int:
    entities = list(read_entities(args, args.paths))
    output = Output(sys.stdout, color=False)
    problems = list(package_problems(entities))
    for problem in problems:
        output.line((str(problem), None))
    if args.verbose:
        counts = {kind: sum(e.kind == kind for e in entities) for kind in _RESOURCES}
        told = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
        found = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        sys.stderr.write(f"{PROG}: checked {told}: {found}\n")
    return EXIT_DIFFERENT if problems else EXIT_OK


class Problem(NamedTuple):
    """One problem found in ``entity``."""

    entity: Entity
    text: str

    def __str__(self) -> str:
        return f"{self.entity.loaded.origin}: {self.entity.kind} {self.entity.name}: {self.text}"


def _key(ident: Optional[Identifier]) -> _IdKey:
    ident = ident or Identifier()
    return (ident.project, ident.domain, ident.name, ident.version)


class _Package:
    """The entities of a package, by kind and identifier."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.by_id: dict[tuple[str, _IdKey], Entity] = {}
        for entity in entities:
            self.by_id.setdefault((entity.kind, _key(entity.id)), entity)

    def find(self, kind: str, ident: Identifier) -> Optional[Entity]:
        return self.by_id.get((kind, _key(ident)))

    def missing(self, kind: str, ident: Optional[Identifier]) -> Optional[str]:
        """Why a reference to a ``kind`` does not resolve, or ``None`` when it does."""
        if ident is None or not ident.name:
            return f"refers to a {kind} without an identifier"
        if ident.resource_type != _RESOURCES[kind]:
            return (
                f"refers to {kind} {identifier_text(ident)} with resource type "
                f"{ident.resource_type.name}, not {_RESOURCES[kind].name}"
            )
        if self.find(kind, ident) is not None:
            return None
        same_name = [
            identifier_text(e.id) for (k, key), e in self.by_id.items()
            if k == kind and key[2] == ident.name
        ]
        known = f"; the package has {', '.join(same_name)}" if same_name else ""
        return f"refers to {kind} {identifier_text(ident)}, not in the package{known}"


def package_problems(entities: Sequence[Entity]) -> Iterator[Problem]:
    """Every problem in ``entities`` taken as one package, entity by entity."""
    package = _Package(entities)
    scopes = Counter(_scope(e.id) for e in entities if e.id is not None)
    common = scopes.most_common(1)[0][0] if scopes else ("", "", "")  # the package's
    for entity in entities:
        ident = entity.id
        for text in _identifier_problems(entity.kind, ident):
            yield Problem(entity, text)
        scope = _scope(ident) if ident is not None else common
        if scope != common:
            yield Problem(entity, "; ".join(
                f"{part} {mine!r} differs from the package's {theirs!r}"
                for part, mine, theirs in zip(("project", "domain", "version"), scope, common)
                if mine != theirs
            ))
        earlier = package.by_id[(entity.kind, _key(ident))]  # the first with this id
        if earlier is not entity and earlier.message != entity.message:
            yield Problem(
                entity,
                f"identifier {identifier_text(ident)} also in {earlier.loaded.origin} "
                "with different content",
            )
        if isinstance(entity.message, WorkflowSpec):
            for text in _workflow_problems(entity.message, package):
                yield Problem(entity, text)
        elif isinstance(entity.message, LaunchPlan):
            for text in _launch_plan_problems(entity.message, package):
                yield Problem(entity, text)


def _scope(ident: Identifier) -> tuple[str, str, str]:
    return (ident.project, ident.domain, ident.version)


def _identifier_problems(kind: str, ident: Optional[Identifier]) -> Iterator[str]:
    if ident is None or not ident.name:
        yield "no identifier name"
        return
    if ident.resource_type != _RESOURCES[kind]:
        yield (
            f"identifier resource type {ident.resource_type.name}, not {_RESOURCES[kind].name}"
        )


# --- workflows --------------------------------------------------------------------------------


class _Scope:
    """One workflow template being checked: its nodes, and how to find what they call."""

    def __init__(self, spec: WorkflowSpec, template: WorkflowTemplate, package: _Package):
        self.spec = spec
        self.template = template
        self.package = package
        self.subs = {_key(t.id): t for t in spec.sub_workflows}
        self.nodes: dict[str, Node] = {}
        for node in walk_nodes(user_nodes(template, failure=True)):
            self.nodes.setdefault(node.id, node)

    def interface_of(self, node: Node) -> Optional[TypedInterface]:
        """The interface of what a task, subworkflow or launch plan node calls, if known."""
        kind, target = node_kind(node), node_target(node)
        if target is None:
            return None
        if kind == "task":
            task = self.package.find("task", target)
            spec = task.message if task is not None else None
            task_template = spec.template if isinstance(spec, TaskSpec) else None
            return task_template.interface if task_template is not None else None
        if kind == "subworkflow":
            template = self.subs.get(_key(target)) or self._workflow_template(target)
            return template.interface if template is not None else None
        if kind == "launchplan":
            plan = self.package.find("launch plan", target)
            if plan is None or not isinstance(plan.message, LaunchPlan):
                return None
            spec = plan.message.spec
            workflow_id = spec.workflow_id if spec is not None else None
            template = self._workflow_template(workflow_id) if workflow_id else None
            return template.interface if template is not None else None
        return None

    def _workflow_template(self, ident: Identifier) -> Optional[WorkflowTemplate]:
        workflow = self.package.find("workflow", ident)
        if workflow is None or not isinstance(workflow.message, WorkflowSpec):
            return None
        return workflow.message.template

    def source_type(self, data: Optional[BindingData]) -> Optional[LiteralType]:
        """The type a binding gives, when it can be told: a promise's, a literal's."""
        if data is None:
            return None
        if data.promise is not None:
            promise = data.promise
            if promise.attr_path:
                return None  # an attribute of an output: its type is not in the interface
            if promise.node_id in START_NODES:
                return _variable_type(self.template.interface, "inputs", promise.var)
            source = self.nodes.get(promise.node_id)
            interface = self.interface_of(source) if source is not None else None
            return _variable_type(interface, "outputs", promise.var)
        return _scalar_type(data.scalar)


def _variables(interface: Optional[TypedInterface], side: str) -> Mapping[str, Variable]:
    variables: Optional[VariableMap] = getattr(interface, side) if interface else None
    return variables.variables if variables is not None else {}


def _variable_type(
    interface: Optional[TypedInterface], side: str, name: str
) -> Optional[LiteralType]:
    variable = _variables(interface, side).get(name)
    return variable.type if variable is not None else None


def _workflow_problems(spec: WorkflowSpec, package: _Package) -> Iterator[str]:
    assert spec.template is not None  # entity_of refuses a spec without one
    for template in (spec.template, *spec.sub_workflows):
        where = "" if template is spec.template else (
            f"sub-workflow {template.id.name if template.id else '?'}: "
        )
        if template is not spec.template:
            yield from (where + t for t in _identifier_problems("workflow", template.id))
        yield from (where + t for t in _template_problems(_Scope(spec, template, package)))


def _template_problems(scope: _Scope) -> Iterator[str]:
    template = scope.template
    ids: set[str] = set()
    top = user_nodes(template, failure=True)
    for node in top:  # a branch's or array's nodes may reuse ids: they run in their scope
        if not node.id:
            yield "a node without an id"
        elif node.id in ids:
            yield f"node id {node.id!r} used twice"
        ids.add(node.id)
    stack = [(node, True) for node in reversed(top)]
    while stack:
        node, typed = stack.pop()
        yield from (f"node {node.id}: {t}" for t in _node_problems(node, scope, typed))
        # an array node's node takes lists of what it takes: its types are not checked
        stack.extend((n, typed and node.array_node is None) for n in reversed(inner_nodes(node)))
    outputs = _variables(template.interface, "outputs")
    yield from (
        f"output {t}" for t in _binding_problems(template.outputs, outputs, scope, "the workflow")
    )


def _node_problems(node: Node, scope: _Scope, typed: bool) -> Iterator[str]:
    """What is wrong with one node: references, and the types of its bindings when
    ``typed``."""
    kind, target = node_kind(node), node_target(node)
    for upstream in node.upstream_node_ids:
        if upstream not in scope.nodes and upstream not in START_NODES:
            yield f"upstream node {upstream!r} is not in the workflow"
    for binding in node.inputs:
        for promise in promises(binding.binding):
            if promise.node_id not in START_NODES and promise.node_id not in scope.nodes:
                yield (
                    f"input {binding.var} takes from node {promise.node_id!r}, not in the "
                    "workflow"
                )
    if kind == "none":
        yield "runs nothing (no task, workflow, branch, gate or array node)"
        return
    if kind not in _CALLS:
        return  # a branch's and an array's nodes are checked on their own; a gate calls none
    own = kind == "subworkflow" and target is not None and _key(target) in scope.subs
    missing = None if own else scope.package.missing(_CALLS[kind], target)
    if missing is not None:
        yield missing
        return
    interface = scope.interface_of(node) if typed else None
    if interface is None:
        return
    inputs = _variables(interface, "inputs")
    optional = _optional_inputs(node, scope) if kind == "launchplan" else set()
    what = f"{_CALLS[kind]} {target.name if target else '?'}"
    yield from (
        f"input {t}" for t in _binding_problems(node.inputs, inputs, scope, what, optional)
    )


def _optional_inputs(node: Node, scope: _Scope) -> set[str]:
    """The inputs of a launch plan node's workflow that the launch plan fixes or defaults."""
    target = node_target(node)
    plan = scope.package.find("launch plan", target) if target is not None else None
    if plan is None or not isinstance(plan.message, LaunchPlan) or plan.message.spec is None:
        return set()
    spec = plan.message.spec
    names = set(spec.fixed_inputs.literals) if spec.fixed_inputs is not None else set()
    if spec.default_inputs is not None:
        names |= {n for n, p in spec.default_inputs.parameters.items() if p.default is not None}
    return names


def _binding_problems(
    bindings: Sequence[Binding],
    variables: Mapping[str, Variable],
    scope: _Scope,
    what: str,
    optional: AbstractSet[str] = frozenset(),
) -> Iterator[str]:
    """What is wrong with ``bindings`` to ``variables`` (``what``'s inputs or outputs);
    ``optional`` names those that may stay unbound."""
    bound = set()
    for binding in bindings:
        bound.add(binding.var)
        variable = variables.get(binding.var)
        if variable is None:
            yield f"{binding.var}: {what} has no input or output named {binding.var!r}"
            continue
        given = scope.source_type(binding.binding)
        if given is not None and variable.type is not None and not compatible(given, variable.type):
            yield (
                f"{binding.var}: gets {type_summary(given)}, {what} takes "
                f"{type_summary(variable.type)}"
            )
    for name in variables:
        if name not in bound and name not in optional:
            yield f"{name}: {what} needs it and nothing is bound to it"


def compatible(given: LiteralType, wanted: LiteralType) -> bool:
    """Whether a value of type ``given`` can feed ``wanted``: the same type (metadata,
    annotations and structure aside), a variant of a union, lists and maps of such."""
    if wanted.union_type is not None:
        if given.union_type is not None:
            return all(
                any(compatible(g, w) for w in wanted.union_type.variants)
                for g in given.union_type.variants
            )
        return any(compatible(given, w) for w in wanted.union_type.variants)
    if wanted.collection_type is not None or given.collection_type is not None:
        return (
            wanted.collection_type is not None
            and given.collection_type is not None
            and compatible(given.collection_type, wanted.collection_type)
        )
    if wanted.map_value_type is not None or given.map_value_type is not None:
        return (
            wanted.map_value_type is not None
            and given.map_value_type is not None
            and compatible(given.map_value_type, wanted.map_value_type)
        )
    if wanted.blob is not None and given.blob is not None:
        formats = {wanted.blob.format, given.blob.format} - {""}
        return wanted.blob.dimensionality == given.blob.dimensionality and len(formats) <= 1
    if wanted.structured_dataset_type is not None and given.structured_dataset_type is not None:
        return True  # columns and formats are checked when the data is read
    if wanted.enum_type is not None and given.simple == SimpleType.STRING:
        return True  # an enum's value is given as its string
    return all(
        getattr(given, name) == getattr(wanted, name)
        for name in ("simple", "schema", "blob", "enum_type", "structured_dataset_type")
    )


# --- launch plans -----------------------------------------------------------------------------


def _launch_plan_problems(plan: LaunchPlan, package: _Package) -> Iterator[str]:
    spec = plan.spec
    if spec is None:
        yield "no spec"
        return
    missing = package.missing("workflow", spec.workflow_id)
    if missing is not None:
        yield missing
        return
    assert spec.workflow_id is not None
    workflow = package.find("workflow", spec.workflow_id)
    assert workflow is not None and isinstance(workflow.message, WorkflowSpec)
    template = workflow.message.template
    inputs = _variables(template.interface if template else None, "inputs")
    fixed: Mapping[str, Literal] = spec.fixed_inputs.literals if spec.fixed_inputs else {}
    for name, literal in fixed.items():
        variable = inputs.get(name)
        if variable is None:
            yield f"fixed input {name}: the workflow has no input named {name!r}"
            continue
        given = _scalar_type(literal.scalar)
        if given is not None and variable.type is not None and not compatible(given, variable.type):
            yield (
                f"fixed input {name}: gets {type_summary(given)}, the workflow takes "
                f"{type_summary(variable.type)}"
            )
    parameters = spec.default_inputs.parameters if spec.default_inputs else {}
    for name, parameter in parameters.items():
        variable = inputs.get(name)
        if variable is None:
            yield f"default input {name}: the workflow has no input named {name!r}"
            continue
        given = parameter.var.type if parameter.var is not None else None
        if given is not None and variable.type is not None and not compatible(given, variable.type):
            yield (
                f"default input {name}: is {type_summary(given)}, the workflow takes "
                f"{type_summary(variable.type)}"
            )


def _scalar_type(scalar: Optional[Scalar]) -> Optional[LiteralType]:
    """The type of a primitive value; ``None`` for other values (not told here)."""
    primitive = scalar.primitive if scalar is not None else None
    if primitive is None:
        return None
    for name, simple in _PRIMITIVE_TYPES.items():
        if getattr(primitive, name) is not None:
            return LiteralType(simple=simple)
    return None
