"""``FlyteTask``: flytekit's remote task, on flyte_lite's messages, lossless."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from types import MappingProxyType
from typing import Any, Literal, Optional, Union, cast

import attrs

from flyte_lite.message import Message
from flyte_lite.models.admin.description_entity import DescriptionEntity
from flyte_lite.models.admin.task import Task as AdminTask
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.interface import TypedInterface, Variable, VariableMap
from flyte_lite.models.core.security import SecurityContext
from flyte_lite.models.core.tasks import (
    Container,
    ExtendedResources,
    K8sPod,
    Sql,
    TaskMetadata,
    TaskTemplate,
)
from flyte_lite.models.core.types import LiteralType
from flyte_lite.remote.entity import RemoteEntity, foreign_message, kind_class

# Workflow compilation and printing import what they need when first used, so reading
# and writing tasks loads neither (nor the workflow models).

__all__ = ["FlyteTask", "TaskInterface", "natural_key"]

#: What :meth:`FlyteTask.from_bytes` can read, by ``kind``.
BytesKind = Literal["spec", "template", "task"]
_TaskMessage = Union[TaskSpec, TaskTemplate, AdminTask]
BYTES_KINDS: dict[str, type[Message]] = {
    "spec": TaskSpec, "template": TaskTemplate, "task": AdminTask
}
_KIND_OF_PROTO = {c.full_name: cast(BytesKind, kind) for kind, c in BYTES_KINDS.items()}

# Constructor parameters that are TaskTemplate fields: name -> (accepted types, description).
_TEMPLATE_ARGS: dict[str, tuple[tuple[type, ...], str]] = {
    "id": ((Identifier,), "an Identifier"),
    "type": ((str,), "a str"),
    "metadata": ((TaskMetadata, type(None)), "a TaskMetadata or None"),
    "interface": ((TypedInterface, type(None)), "a TypedInterface, a TaskInterface or None"),
    "custom": ((dict, type(None)), "a dict or None"),
    "container": ((Container, type(None)), "a Container or None"),
    "task_type_version": ((int,), "an int"),
    "security_context": ((SecurityContext, type(None)), "a SecurityContext or None"),
    "config": ((dict, type(None)), "a dict of str to str or None"),
    "k8s_pod": ((K8sPod, type(None)), "a K8sPod or None"),
    "sql": ((Sql, type(None)), "a Sql or None"),
    "extended_resources": ((ExtendedResources, type(None)), "an ExtendedResources or None"),
}


def natural_key(name: str) -> tuple[Any, ...]:
    """Sort key putting runs of ASCII digits in numeric order: ``o2`` before ``o10``."""
    parts: list[Any] = []
    start = 0
    digits = False
    for i, ch in enumerate(name):
        is_digit = "0" <= ch <= "9"
        if is_digit != digits:
            part = name[start:i]
            parts.append(int(part) if digits else part)
            start, digits = i, is_digit
    part = name[start:]
    parts.append(int(part) if digits else part)
    # parts alternate text, number, text, ... from a text part (maybe ""), so any two
    # keys compare like with like; the name itself breaks ties ("o01" and "o1")
    return (tuple(parts), name)


class TaskInterface:
    """A task's ``TypedInterface`` as read-only name -> ``Variable`` mappings.

    Names come in natural order (:func:`natural_key`: ``o2`` before ``o10``), the same in
    every process; flytekit follows upb's map order, which is neither the declared order
    nor stable. For flytekit's default output names ``o0, o1, ...`` this is the declared
    order. The ``TypedInterface`` message itself keeps the order of the bytes.
    """

    __slots__ = ("_inputs", "_message", "_outputs")

    def __init__(self, message: Optional[TypedInterface]) -> None:
        self._message = message
        inputs = message.inputs if message is not None else None
        outputs = message.outputs if message is not None else None
        self._inputs = _naturally_ordered(inputs.variables if inputs is not None else {})
        self._outputs = _naturally_ordered(outputs.variables if outputs is not None else {})

    @property
    def message(self) -> Optional[TypedInterface]:
        """The ``TypedInterface`` message itself (``None`` if the template has none)."""
        return self._message

    @property
    def inputs(self) -> Mapping[str, Variable]:
        """Input name -> ``Variable``."""
        return self._inputs

    @property
    def outputs(self) -> Mapping[str, Variable]:
        """Output name -> ``Variable``."""
        return self._outputs

    def transform_interface_to_list(
        self, bound_inputs: Collection[str], excluded_inputs: Collection[str]
    ) -> TaskInterface:
        """The interface of a map over this task, as flytekit's ``TypedInterface`` makes it.

        Every output, and every input not in ``bound_inputs``, becomes a list of its type;
        inputs in ``excluded_inputs`` are left out.
        """
        def listed(variable: Variable) -> Variable:
            return attrs.evolve(variable, type=LiteralType(collection_type=variable.type))

        inputs = {
            k: v if k in bound_inputs else listed(v)
            for k, v in self._inputs.items()
            if k not in excluded_inputs
        }
        outputs = {k: listed(v) for k, v in self._outputs.items()}
        return TaskInterface(
            TypedInterface(
                inputs=VariableMap(variables=inputs), outputs=VariableMap(variables=outputs)
            )
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TaskInterface):
            return NotImplemented
        return self._message == other._message

    __hash__ = None  # type: ignore[assignment]  # like the messages it wraps

    def __repr__(self) -> str:
        from flyte_lite.views import pretty

        ins = ", ".join(f"{k}: {pretty.type_summary(v.type)}" for k, v in self._inputs.items())
        outs = ", ".join(f"{k}: {pretty.type_summary(v.type)}" for k, v in self._outputs.items())
        return f"TaskInterface(inputs=({ins}), outputs=({outs}))"


class FlyteTask(RemoteEntity):
    """A Flyte task as registered: an admin ``TaskSpec`` (template + description).

    Built from flyte_lite messages like flytekit's ``FlyteTask``, or read with
    :meth:`from_bytes` / :meth:`from_flyte_idl`; :meth:`serialize_to_string` gives back
    exactly the bytes read. Immutable: :meth:`replace` makes a changed copy. Inside
    :func:`~flyte_lite.remote.compiling`, calling it adds a node to the workflow.

    Equality compares content (``to_flyte_idl()``, description included; not
    ``should_register``). The hash is that of the task's ``Identifier`` (every field), so
    equal tasks hash equal and a task can key a dict or sit in a set; flytekit hashes by
    identity, which breaks ``a == b`` implies ``hash(a) == hash(b)``.
    """

    _TITLE = "FlyteTask"
    _spec: TaskSpec

    def __init__(
        self,
        id: Identifier,
        type: str,
        metadata: Optional[TaskMetadata],
        interface: Union[TypedInterface, TaskInterface, None],
        custom: Optional[dict[str, Any]],
        container: Optional[Container] = None,
        task_type_version: int = 0,
        security_context: Optional[SecurityContext] = None,
        config: Optional[dict[str, str]] = None,
        k8s_pod: Optional[K8sPod] = None,
        sql: Optional[Sql] = None,
        extended_resources: Optional[ExtendedResources] = None,
        should_register: bool = False,
        *,
        docs: Optional[DescriptionEntity] = None,
    ) -> None:
        fields = _checked_template_args(
            "FlyteTask()",
            {
                "id": id,
                "type": type,
                "metadata": metadata,
                "interface": interface,
                "custom": custom,
                "container": container,
                "task_type_version": task_type_version,
                "security_context": security_context,
                "config": config,
                "k8s_pod": k8s_pod,
                "sql": sql,
                "extended_resources": extended_resources,
            },
        )
        _check_flag("FlyteTask()", should_register)
        _check_docs("FlyteTask()", docs)
        spec = TaskSpec(template=TaskTemplate(**fields), description=docs)
        spec.to_bytes()  # raises EncodeError naming any field that cannot be written
        self._set(spec, should_register)

    def _set(
        self, spec: TaskSpec, should_register: bool, id: Optional[Identifier] = None
    ) -> None:
        assert spec.template is not None and spec.template.id is not None
        self._spec = spec
        self._template: TaskTemplate = spec.template
        self._id: Identifier = spec.template.id if id is None else id
        self._should_register = should_register
        self._interface: Optional[TaskInterface] = None  # built on first use

    @classmethod
    def _from_spec(
        cls,
        spec: TaskSpec,
        should_register: bool = False,
        *,
        validate: bool = True,
        id: Optional[Identifier] = None,
    ) -> FlyteTask:
        if spec.template is None:
            raise ValueError("the admin TaskSpec has no template, so it is not a task")
        if spec.template.id is None:
            raise ValueError("the task template has no id")
        if validate:  # messages built by hand may hold values that cannot be written
            spec.to_bytes()
        task = cls.__new__(cls)
        task._set(spec, should_register, id)
        return task

    # --- reading ------------------------------------------------------------------------------

    @classmethod
    def promote_from_model(
        cls, base_model: Any, *, docs: Optional[DescriptionEntity] = None
    ) -> FlyteTask:
        """The task of template ``base_model`` (kept as is, unknown fields included).

        Takes a flyte_lite ``TaskTemplate``, a flyteidl ``TaskTemplate`` or a flytekit
        ``TaskTemplate`` model (both read through their bytes; neither is imported here).
        """
        _check_docs("promote_from_model()", docs)
        if not isinstance(base_model, TaskTemplate):
            foreign = _foreign_message("promote_from_model()", base_model)
            if foreign is None or foreign[0] != "template":
                raise TypeError(
                    "promote_from_model() needs a TaskTemplate (flyte_lite, flyteidl or "
                    f"flytekit), got {_type_name(base_model)}"
                )
            base_model = TaskTemplate.from_bytes(foreign[1])
        return cls._from_spec(TaskSpec(template=base_model, description=docs))  # validates

    @classmethod
    def from_flyte_idl(cls, pb2_object: Any) -> FlyteTask:
        """The task in an admin ``TaskSpec``, a ``TaskTemplate`` or an admin ``Task``.

        Takes flyte_lite messages, flyteidl protobuf messages of those types (read through
        ``SerializeToString()``; protobuf is never imported here) and flytekit models of
        them. From an admin ``Task`` it takes ``closure.compiled_task.template``, the
        Task's ``id`` as the task's :attr:`id` (the template keeps its own) and its
        ``short_description`` as :attr:`docs`; ``created_at`` is not part of the task.
        """
        if isinstance(pb2_object, (TaskSpec, TaskTemplate, AdminTask)):
            return cls._from_message(pb2_object, validate=True)
        if isinstance(pb2_object, FlyteTask):
            return cls._from_spec(
                pb2_object._spec, pb2_object._should_register, validate=False, id=pb2_object._id
            )
        if isinstance(pb2_object, Message):
            raise TypeError(
                f"from_flyte_idl() cannot make a task from a {pb2_object.full_name}; it takes "
                "flyteidl.admin.TaskSpec, flyteidl.core.TaskTemplate or flyteidl.admin.Task"
            )
        foreign = _foreign_message("from_flyte_idl()", pb2_object)
        if foreign is not None:
            return cls.from_bytes(foreign[1], kind=foreign[0])
        raise TypeError(
            "from_flyte_idl() needs an admin TaskSpec, a TaskTemplate or an admin Task "
            f"(flyte_lite or flyteidl), got {_type_name(pb2_object)}"
        )

    @classmethod
    def from_bytes(
        cls, data: Union[bytes, bytearray, memoryview], *, kind: BytesKind = "spec"
    ) -> FlyteTask:
        """Read a task from protobuf bytes.

        ``kind`` says what the bytes are: ``"spec"`` an admin ``TaskSpec`` (what ``pyflyte
        package`` writes), ``"template"`` a core ``TaskTemplate``, ``"task"`` an admin
        ``Task`` (FlyteAdmin's answer). Bad bytes raise ``DecodeError``.
        """
        message = cast(_TaskMessage, kind_class(BYTES_KINDS, kind).from_bytes(data))
        return cls._from_message(message, validate=False)

    @classmethod
    def from_json(
        cls,
        text: Union[str, bytes],
        *,
        kind: BytesKind = "spec",
        ignore_unknown_fields: bool = False,
    ) -> FlyteTask:
        """Read a task from protobuf JSON, in any of FlyteAdmin's or flytectl's dialects.

        ``kind`` is as for :meth:`from_bytes`: ``"task"`` reads FlyteAdmin's answer to
        ``GET /api/v1/tasks/...``. Bad JSON raises ``JSONError`` naming the JSON path.
        """
        message_class = kind_class(BYTES_KINDS, kind)
        message = message_class.from_json(text, ignore_unknown_fields=ignore_unknown_fields)
        return cls._from_message(cast(_TaskMessage, message), validate=False)

    @classmethod
    def _from_message(cls, message: _TaskMessage, *, validate: bool) -> FlyteTask:
        if isinstance(message, TaskSpec):
            return cls._from_spec(message, validate=validate)
        if isinstance(message, TaskTemplate):
            return cls._from_spec(TaskSpec(template=message), validate=validate)
        closure = message.closure
        compiled = closure.compiled_task if closure is not None else None
        template = compiled.template if compiled is not None else None
        if template is None:
            raise ValueError("the admin Task has no closure.compiled_task.template")
        if template.id is None and message.id is not None:
            template = attrs.evolve(template, id=message.id)
        docs = (
            DescriptionEntity(short_description=message.short_description)
            if message.short_description
            else None
        )
        spec = TaskSpec(template=template, description=docs)
        return cls._from_spec(spec, validate=validate, id=message.id)

    # --- writing ------------------------------------------------------------------------------

    def to_flyte_idl(self) -> TaskSpec:
        """The admin ``TaskSpec``: template and description."""
        return self._spec

    def replace(self, **changes: Any) -> FlyteTask:
        """A copy with some constructor arguments changed, or with a new ``template``.

        Takes the constructor's parameter names (``container=...``, ``docs=...``,
        ``should_register=...``) or ``template=`` (a whole ``TaskTemplate``, not mixed with
        template fields). Everything not named, unknown fields included, is kept.
        """
        allowed = {*_TEMPLATE_ARGS, "template", "docs", "should_register"}
        unknown = sorted(set(changes) - allowed)
        if unknown:
            raise TypeError(f"replace() got unknown argument(s) {', '.join(unknown)}")
        template_fields = {k: v for k, v in changes.items() if k in _TEMPLATE_ARGS}
        template = self._template
        if "template" in changes:
            if template_fields:
                raise TypeError(
                    "replace() takes either template= or template fields "
                    f"({', '.join(sorted(template_fields))}), not both"
                )
            template = changes["template"]
            if not isinstance(template, TaskTemplate):
                raise TypeError(
                    f"replace() argument template must be a TaskTemplate, "
                    f"not {_type_name(template)}"
                )
            if template.id is None:
                raise ValueError("replace(): the new template has no id")
        elif template_fields:
            template = attrs.evolve(
                template, **_checked_template_args("replace()", template_fields)
            )
        docs = changes.get("docs", self._spec.description)
        _check_docs("replace()", docs)
        should_register = changes.get("should_register", self._should_register)
        _check_flag("replace()", should_register)
        spec = attrs.evolve(self._spec, template=template, description=docs)
        # an admin Task's own id stays unless the id or the template is replaced
        keep_id = None if "id" in changes or "template" in changes else self._id
        # EncodeError names a bad field
        return type(self)._from_spec(spec, should_register, id=keep_id)

    # --- properties ---------------------------------------------------------------------------

    @property
    def template(self) -> TaskTemplate:
        """The core ``TaskTemplate``."""
        return self._template

    @property
    def docs(self) -> Optional[DescriptionEntity]:
        """The admin ``TaskSpec.description`` (flytekit drops it)."""
        return self._spec.description

    @property
    def id(self) -> Identifier:
        """The task's identifier: ``template.id``, or for a task read from an admin
        ``Task`` that Task's ``id`` (as flytekit's ``fetch_task``; ``template.id`` keeps the
        template's own)."""
        return self._id

    @property
    def name(self) -> str:
        """``id.name``."""
        return self._id.name

    @property
    def type(self) -> str:
        """The task type, e.g. ``"python-task"``."""
        return self._template.type

    @property
    def metadata(self) -> Optional[TaskMetadata]:
        """``template.metadata``."""
        return self._template.metadata

    @property
    def interface(self) -> TaskInterface:
        """The inputs and outputs, as name -> ``Variable`` mappings."""
        if self._interface is None:
            self._interface = TaskInterface(self._template.interface)
        return self._interface

    @property
    def custom(self) -> Optional[dict[str, Any]]:
        """``template.custom``: the plugin's JSON data."""
        return self._template.custom

    @property
    def container(self) -> Optional[Container]:
        """``template.container``."""
        return self._template.container

    @property
    def task_type_version(self) -> int:
        """``template.task_type_version``."""
        return self._template.task_type_version

    @property
    def security_context(self) -> Optional[SecurityContext]:
        """``template.security_context``."""
        return self._template.security_context

    @property
    def config(self) -> Mapping[str, str]:
        """``template.config``, read-only."""
        return MappingProxyType(self._template.config)

    @property
    def k8s_pod(self) -> Optional[K8sPod]:
        """``template.k8s_pod``."""
        return self._template.k8s_pod

    @property
    def sql(self) -> Optional[Sql]:
        """``template.sql``."""
        return self._template.sql

    @property
    def extended_resources(self) -> Optional[ExtendedResources]:
        """``template.extended_resources``."""
        return self._template.extended_resources

    @property
    def should_register(self) -> bool:
        """Whether the task is meant to be registered (not part of the spec)."""
        return self._should_register

    @property
    def resource_type(self) -> ResourceType:
        """Always ``ResourceType.TASK``."""
        return ResourceType.TASK

    @property
    def entity_type_text(self) -> str:
        """Always ``"Task"``."""
        return "Task"

    # --- text ---------------------------------------------------------------------------------

    def _repr_html_(self) -> str:
        """The verbose tree for notebooks, HTML-escaped."""
        from html import escape

        from flyte_lite.views import pretty

        tree = "\n".join(pretty.tree_lines(self._spec, 0, verbose=True))
        return (
            f"<h4>FlyteTask <code>{escape(self.name)}</code></h4>"
            f"<pre>{escape(tree)}</pre>"
        )

    # --- equality -----------------------------------------------------------------------------



    def __reduce__(self) -> tuple[Any, ...]:
        # pickled as its TaskSpec (process pools, caches); the views are rebuilt from it
        return (_restore, (self._spec, self._should_register, self._id))

    # --- use in a workflow --------------------------------------------------------------------

    def _call_interface(self) -> TaskInterface:
        return self.interface


def _naturally_ordered(variables: Mapping[str, Variable]) -> Mapping[str, Variable]:
    return MappingProxyType({k: variables[k] for k in sorted(variables, key=natural_key)})


def _checked_template_args(where: str, values: dict[str, Any]) -> dict[str, Any]:
    """The TaskTemplate field values for ``values``, each checked for its type."""
    out = {}
    for name, value in values.items():
        types, wanted = _TEMPLATE_ARGS[name]
        if name == "interface" and isinstance(value, TaskInterface):
            value = value.message
        elif (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            raise TypeError(f"{where} argument {name} must be {wanted}, not {_type_name(value)}")
        if name == "config":
            value = {} if value is None else dict(value)
            for key, item in value.items():
                if not isinstance(key, str) or not isinstance(item, str):
                    raise TypeError(
                        f"{where} argument config must map str to str, got {key!r}: {item!r}"
                    )
        out[name] = value
    return out


def _check_flag(where: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{where} argument should_register must be a bool, not {_type_name(value)}")


def _check_docs(where: str, value: Any) -> None:
    if value is not None and not isinstance(value, DescriptionEntity):
        raise TypeError(
            f"{where} argument docs must be a DescriptionEntity or None, not {_type_name(value)}"
        )


def _type_name(value: Any) -> str:
    cls = type(value)
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"


def _restore(
    spec: TaskSpec, should_register: bool, id: Optional[Identifier] = None
) -> FlyteTask:
    """A task from its pickled parts (see ``FlyteTask.__reduce__``)."""
    return FlyteTask._from_spec(spec, should_register, validate=False, id=id)


def _foreign_message(where: str, obj: Any) -> Optional[tuple[BytesKind, bytes]]:
    """``(kind, bytes)`` of a flyteidl protobuf task message or of a flytekit model of one."""
    found = foreign_message(where, obj, _KIND_OF_PROTO, "a task")
    return None if found is None else (cast(BytesKind, found[0]), found[1])
