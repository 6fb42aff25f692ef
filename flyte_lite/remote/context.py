"""A small stand-in for flytekit's ``FlyteContext``: enough to call a FlyteTask in a workflow.

The current context lives in a ``ContextVar`` (so threads and asyncio tasks each see their
own). While it has a :class:`CompilationState`, calling a FlyteTask adds a ``Node`` to
that state and returns promises instead of running anything::

    with compiling() as wf:
        total = add_one(x=wf.input("x"))
    wf.nodes  # [Node(id="n0", ...)]

``wf.to_spec(name, outputs)`` writes the admin ``WorkflowSpec`` of the workflow compiled.
This context is flyte_lite's own: flytekit's ``@workflow`` does not see it.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Optional, Union

import attrs

from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.interface import TypedInterface, Variable, VariableMap
from flyte_lite.models.core.literals import Binding, BindingData
from flyte_lite.models.core.types import LiteralType
from flyte_lite.models.core.workflow import (
    Node,
    WorkflowMetadata,
    WorkflowMetadataDefaults,
    WorkflowTemplate,
)
from flyte_lite.remote.ids import sub_templates
from flyte_lite.remote.node import CompiledNode
from flyte_lite.remote.promise import Promise
from flyte_lite.views.pretty import type_summary

if TYPE_CHECKING:
    from flyte_lite.models.admin.workflow import WorkflowSpec

__all__ = [
    "CompilationState",
    "ExecutionMode",
    "ExecutionState",
    "FlyteContext",
    "FlyteContextManager",
    "compiling",
]


class ExecutionMode(enum.IntEnum):
    """How entities run when called outside compilation (flytekit's ``ExecutionState.Mode``)."""

    TASK_EXECUTION = 1
    LOCAL_WORKFLOW_EXECUTION = 2
    LOCAL_TASK_EXECUTION = 3


@attrs.frozen
class ExecutionState:
    """The execution mode of the current context; ``None`` means plain Python."""

    mode: Optional[ExecutionMode] = None

    def is_local_execution(self) -> bool:
        """Whether this is a local run of a workflow or a task."""
        return self.mode in (
            ExecutionMode.LOCAL_WORKFLOW_EXECUTION,
            ExecutionMode.LOCAL_TASK_EXECUTION,
        )


@attrs.define(eq=False)
class CompilationState:
    """The nodes of the workflow being compiled; node ids are ``{prefix}n{index}``.

    It also keeps the type of each workflow input bound (the type of the input it
    feeds), so :meth:`to_spec` can write the workflow's interface.
    """

    prefix: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    _entries: list[Union[Node, CompiledNode]] = attrs.field(factory=list, init=False)
    _input_types: dict[str, list[LiteralType]] = attrs.field(factory=dict, init=False)
    _declared: dict[str, LiteralType] = attrs.field(factory=dict, init=False)

    @property
    def nodes(self) -> list[Node]:
        """The ``flyteidl.core.Node`` messages of the workflow so far, as they are now."""
        renamed = {
            e.key: e.id for e in self._entries if isinstance(e, CompiledNode) and e.key != e.id
        }
        return [e.to_node(renamed) if isinstance(e, CompiledNode) else e for e in self._entries]

    def next_node_id(self) -> str:
        """The id the next node added will get (before flytekit's DNS-label rule)."""
        return f"{self.prefix}n{len(self._entries)}"

    def add_node(
        self,
        node: Union[Node, CompiledNode],
        input_types: Optional[Mapping[str, list[LiteralType]]] = None,
    ) -> None:
        """Append ``node`` (a finished ``Node`` message or a node being compiled).

        ``input_types`` are the types of the inputs fed by workflow inputs (see
        :meth:`workflow_input_types`).
        """
        if not isinstance(node, (Node, CompiledNode)):
            raise TypeError(f"add_node() needs a flyte_lite Node, got {type(node).__name__}")
        self._entries.append(node)
        for name, literal_types in (input_types or {}).items():
            seen = self._input_types.setdefault(name, [])
            seen.extend(t for t in literal_types if t not in seen)

    def input(self, name: str, type: Optional[LiteralType] = None) -> Promise:
        """The promise of the workflow's input ``name`` (bound from the global input node).

        ``type`` is the input's type in :meth:`to_spec`; without it, the type of the
        inputs it feeds (which must then agree).
        """
        if not isinstance(name, str):
            raise TypeError(f"a workflow input name is a str, got {_type_name(name)}")
        if type is not None:
            if not isinstance(type, LiteralType):
                raise TypeError(f"input() type must be a LiteralType, got {_type_name(type)}")
            declared = self._declared.setdefault(name, type)
            if declared != type:
                raise ValueError(
                    f"workflow input {name!r} was declared of type {type_summary(declared)}, "
                    f"now of type {type_summary(type)}"
                )
        return Promise(var=name, node_id="")

    @staticmethod
    def workflow_input_types(
        value: Any, literal_type: Optional[LiteralType], found: dict[str, list[LiteralType]]
    ) -> None:
        """Add to ``found`` the type of the input each workflow input in ``value`` feeds
        (``value`` itself, or items of a list or dict), bound to an input of ``literal_type``.
        """
        if literal_type is None:
            return
        if isinstance(value, Promise):
            if value.is_workflow_input and not value.attr_path:
                seen = found.setdefault(value.var, [])
                if literal_type not in seen:
                    seen.append(literal_type)
        elif isinstance(value, list):
            for item in value:
                CompilationState.workflow_input_types(item, literal_type.collection_type, found)
        elif isinstance(value, dict):
            for item in value.values():
                CompilationState.workflow_input_types(item, literal_type.map_value_type, found)

    def to_spec(
        self,
        name: str,
        outputs: Any = None,
        *,
        project: str = "",
        domain: str = "",
        version: str = "",
        org: str = "",
    ) -> WorkflowSpec:
        """The admin ``WorkflowSpec`` of the workflow compiled so far, as flytekit writes it.

        See :func:`_spec_of` for ``outputs`` and the rest.
        """
        return _spec_of(
            self.nodes, self._entries, self._input_types, self._declared, name, outputs,
            project=project, domain=domain, version=version, org=org,
        )


@attrs.frozen
class FlyteContext:
    """What a call of a task looks at: whether a workflow is being compiled or run."""

    compilation_state: Optional[CompilationState] = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(CompilationState)),
    )
    execution_state: Optional[ExecutionState] = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(ExecutionState)),
    )

    def with_compilation_state(self, state: Optional[CompilationState]) -> FlyteContext:
        """A copy of this context with ``state`` as its compilation state."""
        return attrs.evolve(self, compilation_state=state)

    def with_execution_state(self, state: Optional[ExecutionState]) -> FlyteContext:
        """A copy of this context with ``state`` as its execution state."""
        return attrs.evolve(self, execution_state=state)

    @staticmethod
    def current_context() -> FlyteContext:
        """The context in effect here (see :class:`FlyteContextManager`)."""
        return FlyteContextManager.current_context()


_EMPTY = FlyteContext()
_CURRENT: contextvars.ContextVar[Optional[FlyteContext]] = contextvars.ContextVar(
    "flyte_lite_context", default=None
)


class FlyteContextManager:
    """The stack of contexts: ``with_context`` pushes one for the duration of a ``with``."""

    @staticmethod
    def current_context() -> FlyteContext:
        """The innermost context entered, or an empty one (no compilation, no execution)."""
        return _CURRENT.get() or _EMPTY

    @staticmethod
    @contextlib.contextmanager
    def with_context(ctx: FlyteContext) -> Iterator[FlyteContext]:
        """Make ``ctx`` current inside the ``with`` block."""
        if not isinstance(ctx, FlyteContext):
            raise TypeError(f"with_context() needs a FlyteContext, got {type(ctx).__name__}")
        token = _CURRENT.set(ctx)
        try:
            yield ctx
        finally:
            _CURRENT.reset(token)


@contextlib.contextmanager
def compiling(prefix: str = "") -> Iterator[CompilationState]:
    """Compile a workflow inside the ``with`` block; yields its :class:`CompilationState`."""
    state = CompilationState(prefix=prefix)
    ctx = FlyteContextManager.current_context().with_compilation_state(state)
    with FlyteContextManager.with_context(ctx):
        yield state


def _type_name(value: object) -> str:
    return type(value).__name__


# --- from calls to a spec ---------------------------------------------------------------------


def _spec_of(
    nodes: list[Node],
    entries: Sequence[Union[Node, CompiledNode]],
    input_types: dict[str, list[LiteralType]],
    declared: dict[str, LiteralType],
    name: str,
    outputs: Any,
    *,
    project: str,
    domain: str,
    version: str,
    org: str,
) -> WorkflowSpec:
    """The admin ``WorkflowSpec`` of a compiled workflow, as flytekit serializes one.

    ``outputs`` is what the workflow returns: ``None`` (nothing), one promise (output
    ``o0``), a tuple or list of promises (``o0``, ``o1``, ...) or a dict of output name to
    promise. Inputs are the workflow inputs the nodes and outputs use, typed by
    ``wf.input(name, type=...)`` or else by the inputs they feed (which must agree).
    Sub-workflows are the templates of the workflows called (and theirs).
    """
    # the admin models load when a spec is first written, not with the context
    from flyte_lite.models.admin.description_entity import (
        Description,
        DescriptionEntity,
        DescriptionFormat,
    )
    from flyte_lite.models.admin.workflow import WorkflowSpec

    for what, value in (("name", name), ("project", project), ("domain", domain),
                        ("version", version), ("org", org)):
        if not isinstance(value, str):
            raise TypeError(f"to_spec() argument {what} must be a str, not {value!r:.80}")
    if isinstance(outputs, dict):
        named = list(outputs.items())
    elif isinstance(outputs, (tuple, list)):
        named = [(f"o{i}", p) for i, p in enumerate(outputs)]
    elif outputs is None:
        named = []
    else:
        named = [("o0", outputs)]

    def input_type(var: str) -> LiteralType:
        if var in declared:
            return declared[var]
        seen = input_types.get(var, [])
        if len(seen) != 1:
            why = (
                "it feeds inputs of different types: " + ", ".join(type_summary(t) for t in seen)
                if seen
                else "it feeds no input as a whole"
            )
            raise ValueError(
                f"the type of workflow input {var!r} is not known ({why}); "
                f"give it: wf.input({var!r}, type=LiteralType(...))"
            )
        return seen[0]

    used_inputs = set(declared) | set(input_types) | _workflow_inputs_used(nodes)
    output_vars: dict[str, Variable] = {}
    output_bindings = []
    for out_name, promise in named:
        if not isinstance(out_name, str):
            raise TypeError(f"to_spec() output names are str, not {out_name!r:.80}")
        if not isinstance(promise, Promise):
            raise TypeError(
                f"to_spec() output {out_name!r} must be a Promise (an output of a node or a "
                f"workflow input), not {promise!r:.80}"
            )
        if promise.is_workflow_input:
            used_inputs.add(promise.var)
            literal_type: Optional[LiteralType] = (
                None if promise.attr_path else input_type(promise.var)
            )
        else:
            literal_type = None if promise.attr_path else promise._type
        if literal_type is None:
            raise ValueError(
                f"to_spec() output {out_name!r}: the type of {promise!r} is not known "
                "(an attribute path of an output or an input has no type here)"
            )
        output_vars[out_name] = Variable(type=literal_type, description=out_name)
        output_bindings.append(Binding(var=out_name, binding=BindingData(promise=promise.ref)))
    input_vars = {
        var: Variable(type=input_type(var), description=var) for var in sorted(used_inputs)
    }
    # the specs of the workflows called (a FlyteWorkflow is the entity of a WorkflowSpec)
    called = [
        e.entity._spec for e in entries
        if not isinstance(e, Node) and e.entity is not None
        and isinstance(e.entity._spec, WorkflowSpec)
    ]
    template = WorkflowTemplate(
        id=Identifier(
            resource_type=ResourceType.WORKFLOW,
            project=project, domain=domain, name=name, version=version, org=org,
        ),
        metadata=WorkflowMetadata(),
        interface=TypedInterface(
            inputs=VariableMap(variables=input_vars),
            outputs=VariableMap(variables=output_vars),
        ),
        nodes=nodes,
        outputs=output_bindings,
        metadata_defaults=WorkflowMetadataDefaults(),
    )
    # flytekit writes an empty RST long description for a workflow without a docstring
    rst = Description(format=DescriptionFormat.DESCRIPTION_FORMAT_RST)
    docs = DescriptionEntity(long_description=rst)
    spec = WorkflowSpec(
        template=template, sub_workflows=sub_templates(called), description=docs
    )
    spec.to_bytes()  # raises EncodeError naming any field that cannot be written
    return spec


def _workflow_inputs_used(nodes: Iterable[Node]) -> set[str]:
    """The workflow inputs the nodes' bindings use (promises of node ``""``)."""
    used: set[str] = set()

    def walk(data: Optional[BindingData]) -> None:
        if data is None:
            return
        if data.promise is not None and data.promise.node_id == "":
            used.add(data.promise.var)
        if data.collection is not None:
            for item in data.collection.bindings:
                walk(item)
        if data.map is not None:
            for item in data.map.bindings.values():
                walk(item)

    for node in nodes:
        for binding in node.inputs:
            walk(binding.binding)
    return used
