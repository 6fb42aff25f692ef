"""A small stand-in for flytekit's ``FlyteContext``: enough to call a FlyteTask in a workflow.

The current context lives in a ``ContextVar`` (so threads and asyncio tasks each see their
own). While it has a :class:`CompilationState`, calling a FlyteTask adds a ``Node`` to
that state and returns promises instead of running anything::

    with compiling() as wf:
        total = add_one(x=wf.input("x"))
    wf.nodes  # [Node(id="n0", ...)]

This context is flyte_lite's own: flytekit's ``@workflow`` does not see it.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Optional, Union

import attrs

from flyte_lite.models.core.types import LiteralType
from flyte_lite.models.core.workflow import Node
from flyte_lite.remote.node import CompiledNode
from flyte_lite.remote.pretty import type_summary
from flyte_lite.remote.promise import Promise

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

        See :func:`flyte_lite.remote.workflow.spec_of` for ``outputs`` and the rest.
        """
        from flyte_lite.remote.workflow import spec_of

        return spec_of(
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
