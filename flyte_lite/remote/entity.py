"""What every remote entity (task, workflow, launch plan) shares: calls, text, equality.

flytekit's ``RemoteEntity``: a call compiles or runs it as
:mod:`flyte_lite.remote.compilation` says. Entities print as flytekit prints them,
compare by content and hash by identifier.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Optional, Union

from flyte_lite.remote.ids import id_key

if TYPE_CHECKING:
    from flyte_lite.message import Message
    from flyte_lite.models.core.identifier import Identifier
    from flyte_lite.models.core.workflow import NodeMetadata
    from flyte_lite.remote.context import CompilationState, ExecutionMode, FlyteContext
    from flyte_lite.remote.promise import NodeOutputs, Promise, VoidPromise
    from flyte_lite.remote.task import TaskInterface

__all__ = ["RemoteEntity", "foreign_message", "kind_class"]


class RemoteEntity:
    """What ``FlyteTask``, ``FlyteWorkflow`` and ``FlyteLaunchPlan`` share."""

    __slots__ = ()
    #: flytekit's class name, in the header of the printed forms
    _TITLE = ""
    #: the message the entity is read from and written as, and its identifier
    _spec: Message
    _id: Identifier

    def serialize_to_string(self, *, deterministic: bool = False) -> bytes:
        """The protobuf bytes of the admin spec (:meth:`to_flyte_idl`); for a spec read
        from bytes, exactly those bytes."""
        return self._spec.to_bytes(deterministic=deterministic)

    def to_json(self, **options: Any) -> str:
        """The admin spec as JSON text, as ``json_format.MessageToJson`` writes it; takes
        :meth:`flyte_lite.message.Message.to_json`'s options."""
        return self._spec.to_json(**options)

    def short_string(self) -> str:
        """flytekit's header and a YAML-like tree, long values and empty messages left out."""
        from flyte_lite.views import pretty

        return pretty.serialized_string(self._spec, self._TITLE, verbose=False)

    def verbose_string(self) -> str:
        """flytekit's header and a YAML-like tree of everything set, nothing abbreviated."""
        from flyte_lite.views import pretty

        return pretty.serialized_string(self._spec, self._TITLE, verbose=True)

    def __repr__(self) -> str:
        return self.short_string()

    def __str__(self) -> str:
        return self.verbose_string()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, RemoteEntity)
        return self._spec == other._spec and self._id == other._id

    def __hash__(self) -> int:
        # by identifier: equal entities have equal ids (flytekit hashes by identity)
        return hash(id_key(self._id))

    @property
    def id(self) -> Identifier:
        """The entity's identifier."""
        raise NotImplementedError

    @property
    def name(self) -> str:
        """``id.name``."""
        return self.id.name

    def _call_interface(self) -> TaskInterface:
        """The interface a call binds to."""
        raise NotImplementedError

    def _compile_into(
        self, state: CompilationState, kwargs: dict[str, Any]
    ) -> Union[Promise, NodeOutputs, VoidPromise]:
        from flyte_lite.remote.compilation import compile_call

        return compile_call(self, state, kwargs)

    def construct_node_metadata(self) -> NodeMetadata:
        """Metadata of a node calling this entity: the last dotted part of the name, no retries."""
        from flyte_lite.models.core.literals import RetryStrategy
        from flyte_lite.models.core.workflow import NodeMetadata

        return NodeMetadata(name=self.name.split(".")[-1], retries=RetryStrategy())

    def compile(
        self, ctx: FlyteContext, *args: Any, **kwargs: Any
    ) -> Union[Promise, NodeOutputs, VoidPromise]:
        """Add a node calling this entity to ``ctx``'s compilation state; return its outputs.

        Inputs are bound in sorted order (see :mod:`flyte_lite.remote.promise`). Returns a
        ``Promise`` for one output, a :class:`NodeOutputs` tuple for several (in natural
        name order: ``o2`` before ``o10``), a ``VoidPromise`` for none.
        """
        from flyte_lite.remote import compilation

        return compilation.compile(self, ctx, args, kwargs)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Compile into the current workflow, or run (``execute``) outside one."""
        from flyte_lite.remote import compilation

        return compilation.call(self, args, kwargs)

    def local_execute(self, ctx: FlyteContext, **kwargs: Any) -> Any:
        """Run locally: calls :meth:`execute`, so a mock of ``execute`` takes effect."""
        return self.execute(**kwargs)

    def local_execution_mode(self) -> ExecutionMode:
        """``ExecutionMode.LOCAL_TASK_EXECUTION``."""
        from flyte_lite.remote.context import ExecutionMode

        return ExecutionMode.LOCAL_TASK_EXECUTION

    def execute(self, **kwargs: Any) -> Any:
        """Always fails: a remote entity cannot run here unless ``execute`` is mocked."""
        raise AssertionError(
            f"Remotely fetched entities cannot be run locally. Please mock the {self.name}.execute."
        )

    @property
    def python_interface(self) -> None:
        """Always ``None``, as flytekit's: a remote entity has no Python signature."""
        return None

    @property
    def is_empty(self) -> bool:
        """Always ``False``, as flytekit's (an entity is never an empty model)."""
        return False


def foreign_message(
    where: str, obj: Any, kinds: Mapping[str, str], what: str
) -> Optional[tuple[str, bytes]]:
    """``(kind, bytes)`` of a flyteidl protobuf message, or of a flytekit model of one, whose
    full name is a key of ``kinds`` (full name -> kind).

    ``None`` if ``obj`` is neither; ``TypeError`` for a protobuf message of another type.
    protobuf is never imported: the message is read through ``SerializeToString()``.
    """
    to_idl = getattr(obj, "to_flyte_idl", None)
    if callable(to_idl) and getattr(obj, "DESCRIPTOR", None) is None:
        obj = to_idl()  # a flytekit model: its protobuf message
    full_name = getattr(getattr(obj, "DESCRIPTOR", None), "full_name", None)
    serialize = getattr(obj, "SerializeToString", None)
    if not isinstance(full_name, str) or not callable(serialize):
        return None
    kind = kinds.get(full_name)
    if kind is None:
        raise TypeError(
            f"{where} cannot make {what} from a protobuf {full_name}; it takes {_one_of(kinds)}"
        )
    data = serialize()
    if not isinstance(data, bytes):
        raise TypeError(f"{full_name}.SerializeToString() returned {type(data).__name__}")
    return kind, data


def kind_class(kinds: Mapping[str, type[Message]], kind: object) -> type[Message]:
    """The message class of ``kind`` in ``kinds`` (an entity's ``from_bytes`` kinds);
    ``ValueError`` naming them for any other."""
    message_class = kinds.get(kind) if isinstance(kind, str) else None
    if message_class is None:
        raise ValueError(f"kind must be {_one_of(repr(k) for k in kinds)}, not {kind!r}")
    return message_class


def _one_of(names: Iterable[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    *rest, last = names
    return f"{', '.join(rest)} or {last}" if rest else last
