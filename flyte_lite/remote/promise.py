"""Promises (outputs of nodes not yet run) and the binding of call arguments to task inputs.

Binding follows flytekit 1.15's ``binding_data_from_python_std`` for remote entities: a
literal's kind follows the Python value (no coercion to the input's type, no union
wrapping; an enum member becomes its string value, ``None`` becomes ``none_type``, a naive
``datetime`` is taken as UTC, a ``date`` is its midnight UTC), while lists and dicts follow
the input's ``LiteralType``: ``collection_type``, ``map_value_type``, or the first union
variant they fit (as flytekit does for a local task; for a remote one it cannot bind
them at all). A dict or a dataclass given to a ``STRUCT`` input becomes a msgpack
``Binary`` literal (tag ``msgpack``), as flytekit writes it; that needs the optional
``msgpack`` package. Values of any other Python type, lists bound to non-list inputs and
dicts bound to non-map inputs are errors; flytekit pickles the first, and crashes on or
wrongly accepts the others.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
from typing import TYPE_CHECKING, Any, NoReturn, Optional, Tuple, TypeVar, Union, cast

from flyte_lite.models.core.literals import (
    Binary,
    Binding,
    BindingData,
    BindingDataCollection,
    BindingDataMap,
    Primitive,
    Scalar,
    Void,
)
from flyte_lite.models.core.types import (
    LiteralType,
    OutputReference,
    PromiseAttribute,
    SimpleType,
)
from flyte_lite.remote.errors import BindingError
from flyte_lite.views.pretty import type_summary
from flyte_lite.wkt import Duration, Timestamp

if TYPE_CHECKING:
    from flyte_lite.remote.node import CompiledNode

__all__ = ["NodeOutputs", "Promise", "VoidPromise", "bind_input"]

_INT64 = (-(1 << 63), (1 << 63) - 1)
_INT32 = (-(1 << 31), (1 << 31) - 1)
_SUPPORTED = (
    "int, float, str, bool, None, datetime, date, timedelta, a str-valued Enum member, "
    "a list, a dict with str keys, a dataclass or dict for a struct input, or a Promise"
)


_R = TypeVar("_R", bound="_CallResult")


class _CallResult:
    """What every result of calling a task has: its node can be changed and ordered."""

    __slots__ = ()

    def with_overrides(self: _R, *args: Any, **kwargs: Any) -> _R:
        """Change the node behind this result (see ``CompiledNode.with_overrides``)."""
        _node_of(self, "with_overrides").with_overrides(*args, **kwargs)
        return self

    def runs_before(self, other: Any) -> Any:
        """Make the node of ``other`` wait for this one's; returns ``other``."""
        return _order(self, other)

    def __rshift__(self, other: Any) -> Any:
        return _order(self, other)


class Promise(_CallResult):
    """Output ``var`` of node ``node_id``, maybe narrowed by ``attr_path``.

    Node ``""`` stands for the workflow's own inputs. ``p.field``, ``p["key"]`` and
    ``p[0]`` give a promise of part of the output (an attribute path, resolved when the
    workflow runs), as in flytekit. Promises made by calling a task follow their node:
    ``with_overrides(node_name=...)`` renames it, ``a >> b`` orders two nodes.
    """

    __slots__ = ("_attr_path", "_node", "_node_id", "_type", "_var")

    def __init__(
        self,
        var: str,
        node_id: str = "",
        *,
        attr_path: tuple[Union[str, int], ...] = (),
        node: Optional[CompiledNode] = None,
        type: Optional[LiteralType] = None,
    ) -> None:
        self._var = var
        self._node_id = node_id
        self._attr_path = tuple(attr_path)
        self._node = node
        self._type = type

    @property
    def var(self) -> str:
        """The name of the output (or of the workflow input)."""
        return self._var

    @property
    def node_id(self) -> str:
        """The id of the node producing the output, as it is now (``""``: workflow input)."""
        return self._node.id if self._node is not None else self._node_id

    @property
    def node(self) -> Optional[CompiledNode]:
        """The node of the workflow being compiled that produces this output, if any."""
        return self._node

    @property
    def attr_path(self) -> tuple[Union[str, int], ...]:
        """The attributes, keys and indexes taken from the output, in order."""
        return self._attr_path

    @property
    def ref(self) -> OutputReference:
        """The ``OutputReference`` a binding to this promise carries."""
        return OutputReference(
            node_id=self.node_id, var=self._var, attr_path=_promise_attributes(self._attr_path)
        )

    @property
    def is_workflow_input(self) -> bool:
        """Whether this is an input of the workflow rather than the output of a node."""
        return self.node_id == ""

    def __getattr__(self, name: str) -> Promise:
        # copy, pickle, notebooks and friends probe for _-names: p["_name"] narrows to one
        if name.startswith("_"):
            raise AttributeError(name)
        return self._narrowed(name)

    def __getitem__(self, key: Union[str, int]) -> Promise:
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise TypeError(f"a promise is indexed by a str or an int, not {key!r:.80}")
        t = self._type
        if t is not None and t.simple == SimpleType.STRUCT and t.metadata is None:
            raise ValueError(
                f"Trying to index into a unschematized struct type {self._var}[{key}]."
            )
        return self._narrowed(key)

    def __iter__(self) -> NoReturn:
        raise ValueError(
            f" {self._var} is a Promise. Promise objects are not iterable - can't range() over a "
            "promise. But you can use [index] or the alpha version of @eager workflows"
        )

    def _narrowed(self, key: Union[str, int]) -> Promise:
        if isinstance(key, int) and not _INT32[0] <= key <= _INT32[1]:
            raise ValueError(f"index {key} of {self!r} does not fit in 32 bits")
        return Promise(
            self._var,
            self._node_id,
            attr_path=(*self._attr_path, key),
            node=self._node,
            type=None,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Promise):
            return NotImplemented
        return (self.node_id, self._var, self._attr_path) == (
            other.node_id,
            other._var,
            other._attr_path,
        )

    def __hash__(self) -> int:
        # not the node id: renaming the node must not move a promise in a set or dict
        return hash((self._var, self._attr_path))

    def __bool__(self) -> NoReturn:
        raise ValueError(
            "Flytekit does not support Unary expressions or performing truth value testing, "
            "This is a limitation in python. For Logical `and\\or` use `&\\|` (bitwise) instead"
        )

    def __repr__(self) -> str:
        return f"Promise(node:{self.node_id}.{self._var}.{list(self._attr_path)})"

    def __reduce__(self) -> tuple[Any, ...]:
        # the node is not pickled: a pickled promise keeps the node id it had
        return (_promise, (self._var, self.node_id, self._attr_path))


class VoidPromise(_CallResult):
    """What calling a task with no outputs returns; it cannot be passed to another task."""

    __slots__ = ("_node", "_node_id", "task_name")

    def __init__(
        self, task_name: str, node_id: str = "", *, node: Optional[CompiledNode] = None
    ) -> None:
        self.task_name = task_name
        self._node_id = node_id
        self._node = node

    @property
    def node_id(self) -> str:
        """The id of the node that runs the task, as it is now."""
        return self._node.id if self._node is not None else self._node_id

    @property
    def node(self) -> Optional[CompiledNode]:
        """The node of the workflow being compiled that runs the task, if any."""
        return self._node

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VoidPromise):
            return NotImplemented
        return (self.task_name, self.node_id) == (other.task_name, other.node_id)

    def __hash__(self) -> int:
        return hash(self.task_name)  # not the node id, which with_overrides may change

    def __repr__(self) -> str:
        return f"VoidPromise(task_name={self.task_name!r}, node_id={self.node_id!r})"


class NodeOutputs(Tuple[Promise, ...], _CallResult):
    """The promises of a node with several outputs, also by name.

    They come in the order of ``FlyteTask.interface.outputs``: natural name order (``o2``
    before ``o10``), since the declared order is not in the task's bytes.
    ``outputs.total`` or ``outputs.output("total")`` is the promise of output ``total``;
    ``_fields`` lists the names, as on flytekit's named tuple.
    """

    _fields: tuple[str, ...]

    def __new__(cls, promises: list[Promise]) -> NodeOutputs:
        self = super().__new__(cls, promises)
        self._fields = tuple(p.var for p in promises)
        return self

    def output(self, name: str) -> Promise:
        """The promise of output ``name``; ``KeyError`` if there is none."""
        for promise in self:
            if promise.var == name:
                return promise
        raise KeyError(f"no output named {name!r}; outputs are {list(self._fields)}")

    def __getattr__(self, name: str) -> Promise:
        try:
            return self.output(name)
        except KeyError:
            raise AttributeError(name) from None


def _promise(var: str, node_id: str, attr_path: tuple[Union[str, int], ...]) -> Promise:
    return Promise(var, node_id, attr_path=attr_path)


def _promise_attributes(path: tuple[Union[str, int], ...]) -> list[PromiseAttribute]:
    return [
        PromiseAttribute(int_value=k) if isinstance(k, int) else PromiseAttribute(string_value=k)
        for k in path
    ]


def _node_of(result: Any, what: str) -> CompiledNode:
    """The node behind a call's result, for ``with_overrides`` and ordering."""
    if isinstance(result, NodeOutputs) and result:
        result = result[0]
    node = result.node if isinstance(result, (Promise, VoidPromise)) else None
    if node is None:
        raise ValueError(
            f"{what}() needs the result of calling a task inside compiling(); {result!r} "
            "is not produced by a node of this workflow"
        )
    return node


def _order(before: Any, after: Any) -> Any:
    """``before >> after``: the node of ``after`` waits for the node of ``before``."""
    if isinstance(before, Promise) and before.node is None:
        return after  # a workflow input is there before any node runs
    _node_of(after, "runs_before").add_upstream(_node_of(before, "runs_before"))
    return after


class _Unbindable(Exception):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


#: A node a binding uses: a node being compiled, or the id a hand-made promise names.
Upstream = Union["CompiledNode", str]


def bind_input(
    task_name: str,
    name: str,
    literal_type: Optional[LiteralType],
    value: Any,
    upstream: list[Upstream],
) -> Binding:
    """The ``Binding`` of input ``name`` (of type ``literal_type``) to ``value``.

    Appends the nodes whose outputs it uses to ``upstream``. Promises of nodes being
    compiled are written with the node's first id (``CompiledNode.key``); the node writes
    its current one (see ``CompiledNode.to_node``). Raises :class:`BindingError` naming the
    task, the input and the place in ``value``.
    """
    try:
        data = _binding_data(value, literal_type, name, upstream)
    except _Unbindable as exc:
        raise BindingError(task_name, name, exc.path, exc.reason) from None
    return Binding(var=name, binding=data)


def _binding_data(
    value: Any, lt: Optional[LiteralType], path: str, upstream: list[Upstream]
) -> BindingData:
    if isinstance(value, Promise):
        node = value.node
        if node is not None:
            upstream.append(node)
        elif value.node_id:
            upstream.append(value.node_id)
        node_id = node.key if node is not None else value.node_id
        attributes = _promise_attributes(value.attr_path)
        return BindingData(
            promise=OutputReference(node_id=node_id, var=value.var, attr_path=attributes)
        )
    if isinstance(value, VoidPromise):
        raise _Unbindable(
            path,
            f"Cannot pass output from task {value.task_name} that produces no outputs "
            "to a downstream task",
        )
    if lt is not None and lt.union_type is not None and (
        isinstance(value, (list, dict)) or _is_dataclass_instance(value)
    ):
        return _union_container(value, lt, path, upstream)
    if lt is not None and lt.simple == SimpleType.STRUCT and (
        isinstance(value, dict) or _is_dataclass_instance(value)
    ):
        return BindingData(scalar=Scalar(binary=Binary(value=_msgpack(value, path), tag="msgpack")))
    if isinstance(value, list):
        if lt is None or lt.collection_type is None:
            raise _Unbindable(path, f"a list needs a List input, this one is {type_summary(lt)}")
        bindings = [
            _binding_data(item, lt.collection_type, f"{path}[{i}]", upstream)
            for i, item in enumerate(value)
        ]
        return BindingData(collection=BindingDataCollection(bindings=bindings))
    if isinstance(value, dict):
        if lt is None or lt.map_value_type is None:
            raise _Unbindable(path, f"a dict needs a Dict input, this one is {type_summary(lt)}")
        entries = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unbindable(path, f"dict keys must be str, got {type(key).__name__} {key!r}")
            entries[_utf8(key, f"{path}[{key!r}]")] = _binding_data(
                item, lt.map_value_type, f"{path}[{key!r}]", upstream
            )
        return BindingData(map=BindingDataMap(bindings=entries))
    if isinstance(value, tuple):
        raise _Unbindable(
            path, f"tuples are not supported, got {value!r:.80}; pass one output of the tuple"
        )
    return BindingData(scalar=_scalar(value, path))


def _union_container(
    value: Any, lt: LiteralType, path: str, upstream: list[Upstream]
) -> BindingData:
    """A list, dict or dataclass for a union input: bound to the first variant it fits."""
    assert lt.union_type is not None
    reasons = []
    for variant in lt.union_type.variants:
        used: list[Upstream] = []
        try:
            data = _binding_data(value, variant, path, used)
        except _Unbindable as exc:
            reasons.append(f"{type_summary(variant)}: {exc.reason}")
            continue
        upstream.extend(used)
        return data
    raise _Unbindable(
        path,
        f"fits no variant of {type_summary(lt)}" + "".join(f"; {r}" for r in reasons),
    )


def _is_dataclass_instance(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _msgpack(value: Any, path: str) -> bytes:
    """``value`` as flytekit 1.15 writes a dict or dataclass for a struct input: msgpack."""
    try:
        import msgpack  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        raise _Unbindable(
            path,
            "binding a dict or a dataclass to a struct input writes msgpack, which needs the "
            "msgpack package: pip install 'flyte_lite[msgpack]'",
        ) from None
    data = _msgpack_data(value, path)
    try:
        return cast(bytes, msgpack.packb(data))
    except (OverflowError, ValueError, TypeError) as exc:
        raise _Unbindable(path, f"cannot be written as msgpack: {exc}") from None


def _msgpack_data(value: Any, path: str) -> Any:
    """Plain data for msgpack, converted as flytekit's encoder (mashumaro) converts it.

    A dataclass becomes a dict of its fields in declaration order, an enum member its value,
    a datetime/date its ISO text; lists, tuples and str-keyed dicts are walked.
    """
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return value
    if isinstance(value, enum.Enum):
        return _msgpack_data(value.value, path)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if _is_dataclass_instance(value):
        return {
            f.name: _msgpack_data(getattr(value, f.name), f"{path}.{f.name}")
            for f in dataclasses.fields(value)
        }
    if isinstance(value, (list, tuple)):
        return [_msgpack_data(item, f"{path}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unbindable(path, f"dict keys must be str, got {type(key).__name__} {key!r}")
            out[key] = _msgpack_data(item, f"{path}[{key!r}]")
        return out
    if isinstance(value, (Promise, VoidPromise)):
        raise _Unbindable(
            path, f"a promise cannot be inside a dict or dataclass bound to a struct: {value!r}"
        )
    raise _Unbindable(
        path,
        f"cannot write a value of type {type(value).__qualname__} as msgpack; expected None, "
        "bool, int, float, str, bytes, an Enum, a datetime, a list, a dict with str keys "
        "or a dataclass",
    )


def _scalar(value: Any, path: str) -> Scalar:
    if isinstance(value, enum.Enum):
        if type(value.value) is not str:
            raise _Unbindable(
                path,
                f"only str-valued Enum members can be bound, "
                f"{type(value).__name__}.{value.name} has value {value.value!r}",
            )
        return Scalar(primitive=Primitive(string_value=_utf8(value.value, path)))
    if value is None:
        return Scalar(none_type=Void())
    if isinstance(value, bool):
        return Scalar(primitive=Primitive(boolean=bool(value)))
    if isinstance(value, int):
        if not _INT64[0] <= value <= _INT64[1]:
            raise _Unbindable(path, f"integer {value} does not fit in 64 bits")
        return Scalar(primitive=Primitive(integer=int(value)))
    if isinstance(value, float):
        return Scalar(primitive=Primitive(float_value=float(value)))
    if isinstance(value, str):
        return Scalar(primitive=Primitive(string_value=_utf8(value, path)))
    if isinstance(value, _dt.datetime):
        return Scalar(primitive=Primitive(datetime=Timestamp.from_datetime(value)))
    if isinstance(value, _dt.date):  # midnight UTC, as flytekit's DateTransformer
        midnight = _dt.datetime.combine(value, _dt.time.min)
        return Scalar(primitive=Primitive(datetime=Timestamp.from_datetime(midnight)))
    if isinstance(value, _dt.timedelta):
        from flyte_lite.protojson.wkt import DURATION_MAX_SECONDS  # protobuf's range, on first use

        duration = Duration.from_timedelta(value)
        if abs(duration.seconds) > DURATION_MAX_SECONDS:
            raise _Unbindable(path, f"timedelta {value} is beyond protobuf's 10,000-year range")
        return Scalar(primitive=Primitive(duration=duration))
    raise _Unbindable(
        path, f"cannot bind a value of type {type(value).__qualname__}; expected {_SUPPORTED}"
    )


def _utf8(text: str, path: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Unbindable(path, f"string is not valid UTF-8 ({exc.reason})") from None
    return str(text)
