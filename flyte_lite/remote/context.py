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
from collections.abc import Iterator
from typing import Optional, Union

import attrs

from flyte_lite.models.core.workflow import Node
from flyte_lite.remote.node import CompiledNode
from flyte_lite.remote.promise import Promise

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
    """The nodes of the workflow being compiled; node ids are ``{prefix}n{index}``."""

    prefix: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    _entries: list[Union[Node, CompiledNode]] = attrs.field(factory=list, init=False)

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

    def add_node(self, node: Union[Node, CompiledNode]) -> None:
        """Append ``node`` (a finished ``Node`` message or a node being compiled)."""
        if not isinstance(node, (Node, CompiledNode)):
            raise TypeError(f"add_node() needs a flyte_lite Node, got {type(node).__name__}")
        self._entries.append(node)

    def input(self, name: str) -> Promise:
        """The promise of the workflow's input ``name`` (bound from the global input node)."""
        if not isinstance(name, str):
            raise TypeError(f"a workflow input name is a str, got {type(name).__name__}")
        return Promise(var=name, node_id="")


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
