"""Compiling calls of remote entities: what ``task(x=...)`` does.

Inside :func:`~flyte_lite.remote.compiling` a call adds a :class:`CompiledNode` to the
workflow being compiled and returns its promises (:func:`compile_call`); in a local
workflow run it calls the entity's ``local_execute``; elsewhere its ``execute``, which
fails unless mocked. :class:`~flyte_lite.remote.entity.RemoteEntity`'s ``__call__`` and
``compile`` are :func:`call` and :func:`compile`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any, Union

from flyte_lite.remote.context import ExecutionMode, FlyteContext, FlyteContextManager
from flyte_lite.remote.errors import FlyteAssertion
from flyte_lite.remote.node import CompiledNode
from flyte_lite.remote.promise import NodeOutputs, Promise, Upstream, VoidPromise, bind_input
from flyte_lite.views import pretty

if TYPE_CHECKING:
    from flyte_lite.models.core.types import LiteralType
    from flyte_lite.remote.context import CompilationState
    from flyte_lite.remote.entity import RemoteEntity

__all__ = ["call", "compile", "compile_call"]

Outputs = Union[Promise, NodeOutputs, VoidPromise]


def call(entity: RemoteEntity, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """``entity(*args, **kwargs)``: compile into the current workflow, or run
    (``local_execute`` in a local workflow run, ``execute`` elsewhere)."""
    if args:
        raise FlyteAssertion(_positional_message(args))
    ctx = FlyteContextManager.current_context()
    if ctx.compilation_state is not None:
        return entity.compile(ctx, **kwargs)
    state = ctx.execution_state
    if state is not None and state.mode == ExecutionMode.LOCAL_WORKFLOW_EXECUTION:
        return entity.local_execute(ctx, **kwargs)
    return entity.execute(**kwargs)


def compile(
    entity: RemoteEntity, ctx: FlyteContext, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Outputs:
    """``entity.compile(ctx, *args, **kwargs)``: add a node calling ``entity`` to ``ctx``'s
    compilation state (see :func:`compile_call`)."""
    if args:
        raise FlyteAssertion(_positional_message(args))
    if not isinstance(ctx, FlyteContext):
        raise TypeError(f"compile() needs a flyte_lite FlyteContext, got {type(ctx).__name__}")
    state = ctx.compilation_state
    if state is None:
        raise FlyteAssertion("Cannot create node when not compiling...")
    return entity._compile_into(state, kwargs)


def _positional_message(args: tuple[Any, ...]) -> str:
    """flytekit's message for a remote entity called with positional arguments."""
    return (
        f"Cannot call remotely fetched entity with args - detected {len(args)} positional args "
        f"{args}"
    )


def compile_call(
    entity: RemoteEntity,
    state: CompilationState,
    kwargs: dict[str, Any],
    *,
    fixed: Collection[str] = (),
    optional: Collection[str] = (),
) -> Outputs:
    """Add a node calling ``entity`` (a task, workflow or launch plan) with ``kwargs``.

    Inputs are bound in sorted order, as flytekit binds them. Inputs in ``fixed`` (a
    launch plan's fixed inputs) must not be given; inputs in ``optional`` (its default
    inputs) may be left out; neither is bound when not given. Returns a ``Promise`` for
    one output, a :class:`NodeOutputs` tuple for several (in ``interface.outputs`` order),
    a ``VoidPromise`` for none. Nothing is added when binding fails.
    """
    interface = entity._call_interface()
    inputs = interface.inputs
    not_allowed = sorted(set(fixed) & set(kwargs))
    if not_allowed:
        raise FlyteAssertion(
            "Fixed inputs cannot be specified. Please remove the following inputs - "
            f"{{{', '.join(repr(k) for k in not_allowed)}}}"
        )
    bindings = []
    upstream: list[Upstream] = []
    input_types: dict[str, list[LiteralType]] = {}
    for name in sorted(inputs):
        variable = inputs[name]
        if name not in kwargs:
            if name in optional or name in fixed:
                continue
            type_text = (
                pretty.serialized_string(variable.type, "LiteralType", verbose=False)
                if variable.type is not None
                else "None"
            )
            raise FlyteAssertion(f"Missing input `{name}` type `{type_text}`")
        value = kwargs[name]
        if isinstance(value, tuple):  # a plain AssertionError in flytekit too
            raise AssertionError(
                f"Variable({name}) for function({entity.name}) cannot receive a multi-valued "
                f"tuple {value}. Check if the predecessor function returning more than one "
                "value?"
            )
        bindings.append(bind_input(entity.name, name, variable.type, value, upstream))
        state.workflow_input_types(value, variable.type, input_types)
    extra = sorted(set(kwargs) - set(inputs))
    if extra:
        raise FlyteAssertion(
            f"Too many inputs for [{entity.name}] Expected inputs: dict_keys({list(inputs)!r}) "
            f"- extra inputs: {{{', '.join(repr(k) for k in extra)}}}"
        )
    node = CompiledNode(
        state.next_node_id(),
        entity.construct_node_metadata(),
        bindings,
        upstream,
        entity.id,
        entity,
    )
    state.add_node(node, input_types)
    promises = [
        Promise(name, node=node, type=variable.type)
        for name, variable in interface.outputs.items()
    ]
    if not promises:
        return VoidPromise(entity.name, node=node)
    if len(promises) == 1:
        return promises[0]
    return NodeOutputs(promises)
