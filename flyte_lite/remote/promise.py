"""Promises (outputs of nodes not yet run) and the binding of call arguments to task inputs.

Binding follows flytekit 1.15's ``binding_data_from_python_std`` for remote entities: a
literal's kind follows the Python value (no coercion to the input's type, no union
wrapping; an enum member becomes its string value, ``None`` becomes ``none_type``, a naive
``datetime`` is taken as UTC, a ``date`` is its midnight UTC), while lists and dicts follow
the input's ``LiteralType``: ``collection_type``, ``map_value_type``, or the first union
variant they fit (as flytekit does for a local task; for a remote one it cannot bind
them at all). Values of any other Python type, lists bound to non-list inputs and dicts
bound to non-map inputs are errors; flytekit pickles the first, and crashes on or
wrongly accepts the others.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, Optional, Tuple

import attrs

from flyte_lite.models.core.literals import (
    Binding,
    BindingData,
    BindingDataCollection,
    BindingDataMap,
    Primitive,
    Scalar,
    Void,
)
from flyte_lite.models.core.types import LiteralType, OutputReference, SimpleType
from flyte_lite.remote.errors import BindingError
from flyte_lite.remote.pretty import type_summary
from flyte_lite.wkt import Duration, Timestamp

__all__ = ["NodeOutputs", "Promise", "VoidPromise", "bind_input", "upstream_node_ids"]

_INT64 = (-(1 << 63), (1 << 63) - 1)
_MAX_DURATION_SECONDS = 315_576_000_000  # protobuf's Duration range: +-10,000 years
_SUPPORTED = (
    "int, float, str, bool, None, datetime, date, timedelta, a str-valued Enum member, "
    "a list, a dict with str keys, or a Promise"
)


@attrs.frozen
class Promise:
    """Output ``var`` of node ``node_id``; node ``""`` stands for the workflow's own inputs."""

    var: str
    node_id: str = ""

    @property
    def ref(self) -> OutputReference:
        """The ``OutputReference`` a binding to this promise carries."""
        return OutputReference(node_id=self.node_id, var=self.var)

    @property
    def is_workflow_input(self) -> bool:
        """Whether this is an input of the workflow rather than the output of a node."""
        return self.node_id == ""


@attrs.frozen
class VoidPromise:
    """What calling a task with no outputs returns; it cannot be passed to another task."""

    task_name: str
    node_id: str = ""


class NodeOutputs(Tuple[Promise, ...]):
    """The promises of a node with several outputs, in interface order, also by name.

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


class _Unbindable(Exception):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


def bind_input(
    task_name: str, name: str, literal_type: Optional[LiteralType], value: Any
) -> Binding:
    """The ``Binding`` of input ``name`` (of type ``literal_type``) to ``value``.

    Raises :class:`BindingError` naming the task, the input and the place in ``value``.
    """
    try:
        data = _binding_data(value, literal_type, name)
    except _Unbindable as exc:
        raise BindingError(task_name, name, exc.path, exc.reason) from None
    return Binding(var=name, binding=data)


def upstream_node_ids(bindings: list[Binding]) -> list[str]:
    """The nodes whose outputs ``bindings`` use, sorted; the workflow's inputs (``""``) are not."""
    found: set[str] = set()
    stack = [b.binding for b in bindings if b.binding is not None]
    while stack:
        data = stack.pop()
        if data.promise is not None and data.promise.node_id:
            found.add(data.promise.node_id)
        elif data.collection is not None:
            stack.extend(data.collection.bindings)
        elif data.map is not None:
            stack.extend(data.map.bindings.values())
    return sorted(found)


def _binding_data(value: Any, lt: Optional[LiteralType], path: str) -> BindingData:
    if isinstance(value, Promise):
        return BindingData(promise=value.ref)
    if isinstance(value, VoidPromise):
        raise _Unbindable(
            path,
            f"Cannot pass output from task {value.task_name} that produces no outputs "
            "to a downstream task",
        )
    if isinstance(value, (list, dict)) and lt is not None and lt.union_type is not None:
        return _union_container(value, lt, path)
    if isinstance(value, list):
        if lt is None or lt.collection_type is None:
            raise _Unbindable(path, f"a list needs a List input, this one is {type_summary(lt)}")
        bindings = [
            _binding_data(item, lt.collection_type, f"{path}[{i}]") for i, item in enumerate(value)
        ]
        return BindingData(collection=BindingDataCollection(bindings=bindings))
    if isinstance(value, dict):
        if lt is not None and lt.simple == SimpleType.STRUCT:
            raise _Unbindable(
                path,
                "binding a dict to a struct (dataclass or untyped dict) input is not supported; "
                "pass a Promise instead",
            )
        if lt is None or lt.map_value_type is None:
            raise _Unbindable(path, f"a dict needs a Dict input, this one is {type_summary(lt)}")
        entries = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unbindable(path, f"dict keys must be str, got {type(key).__name__} {key!r}")
            entries[_utf8(key, f"{path}[{key!r}]")] = _binding_data(
                item, lt.map_value_type, f"{path}[{key!r}]"
            )
        return BindingData(map=BindingDataMap(bindings=entries))
    if isinstance(value, tuple):
        raise _Unbindable(
            path, f"tuples are not supported, got {value!r:.80}; pass one output of the tuple"
        )
    return BindingData(scalar=_scalar(value, path))


def _union_container(value: Any, lt: LiteralType, path: str) -> BindingData:
    """A list or dict for a union input: bound to the first variant it fits."""
    assert lt.union_type is not None
    reasons = []
    for variant in lt.union_type.variants:
        try:
            return _binding_data(value, variant, path)
        except _Unbindable as exc:
            reasons.append(f"{type_summary(variant)}: {exc.reason}")
    raise _Unbindable(
        path,
        f"fits no variant of {type_summary(lt)}" + "".join(f"; {r}" for r in reasons),
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
        duration = Duration.from_timedelta(value)
        if abs(duration.seconds) > _MAX_DURATION_SECONDS:
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
