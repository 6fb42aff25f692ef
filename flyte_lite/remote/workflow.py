"""``FlyteWorkflow``: flytekit's remote workflow, on flyte_lite's messages, lossless.

A workflow is an admin ``WorkflowSpec`` (its template, the sub-workflows it runs, a
description) kept exactly as read, plus the nodes as :class:`~flyte_lite.remote.nodes.FlyteNode`
with their entities resolved. :func:`spec_of` writes the spec of a workflow compiled from
calls of remote entities (``CompilationState.to_spec``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast

import attrs

from flyte_lite.message import Message
from flyte_lite.models.admin.description_entity import (
    Description,
    DescriptionEntity,
    DescriptionFormat,
)
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.admin.workflow import Workflow, WorkflowSpec
from flyte_lite.models.core.compiler import CompiledWorkflowClosure
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
from flyte_lite.remote.entity import RemoteEntity, foreign_message, id_key
from flyte_lite.remote.nodes import (
    END_NODE_ID,
    START_NODE_ID,
    FlyteNode,
    References,
    _promote_node,
)
from flyte_lite.remote.task import FlyteTask, TaskInterface

if TYPE_CHECKING:
    from flyte_lite.remote.node import CompiledNode

__all__ = ["FlyteWorkflow", "spec_of"]

#: What :meth:`FlyteWorkflow.from_bytes` can read, by ``kind``.
BytesKind = Literal["spec", "template", "closure", "workflow"]
_KINDS: dict[str, type[Message]] = {
    "spec": WorkflowSpec,
    "template": WorkflowTemplate,
    "closure": CompiledWorkflowClosure,
    "workflow": Workflow,
}
_SYSTEM = (START_NODE_ID, END_NODE_ID)


class FlyteWorkflow(RemoteEntity):
    """A Flyte workflow as registered: an admin ``WorkflowSpec`` and its resolved nodes.

    Built like flytekit's ``FlyteWorkflow`` (constructor, :meth:`promote_from_model`,
    :meth:`promote_from_closure`) or read with :meth:`from_bytes` / :meth:`from_json`;
    :meth:`serialize_to_string` gives back exactly the spec bytes read. Inside
    :func:`~flyte_lite.remote.compiling`, calling it adds a sub-workflow node.
    Equality compares the spec; the hash is the id's.
    """

    _TITLE = "FlyteWorkflow"
    _spec: WorkflowSpec

    def __init__(
        self,
        id: Identifier,
        nodes: Sequence[FlyteNode],
        interface: Union[TypedInterface, TaskInterface, None],
        output_bindings: Optional[Iterable[Binding]],
        metadata: Optional[WorkflowMetadata],
        metadata_defaults: Optional[WorkflowMetadataDefaults],
        subworkflows: Optional[Sequence[FlyteWorkflow]] = None,
        tasks: Optional[Sequence[FlyteTask]] = None,
        launch_plans: Any = None,
        compiled_closure: Optional[CompiledWorkflowClosure] = None,
        should_register: bool = False,
        *,
        failure_node: Optional[FlyteNode] = None,
        docs: Optional[DescriptionEntity] = None,
    ) -> None:
        if not isinstance(id, Identifier):
            raise TypeError(f"FlyteWorkflow() argument id must be an Identifier, not {id!r:.80}")
        for node in [*nodes, *([failure_node] if failure_node is not None else [])]:
            if not isinstance(node, FlyteNode):
                raise TypeError(f"FlyteWorkflow() nodes must be FlyteNodes, not {node!r:.80}")
        if isinstance(interface, TaskInterface):
            interface = interface.message
        subs = list(subworkflows or ())
        for sub in subs:
            if not isinstance(sub, FlyteWorkflow):
                raise TypeError(
                    f"FlyteWorkflow() subworkflows must be FlyteWorkflows, not {sub!r:.80}"
                )
        if not isinstance(should_register, bool):
            raise TypeError("FlyteWorkflow() argument should_register must be a bool")
        template = WorkflowTemplate(
            id=id,
            metadata=metadata,
            interface=interface,
            nodes=[n.to_flyte_idl() for n in nodes],
            outputs=list(output_bindings or ()),
            failure_node=failure_node.to_flyte_idl() if failure_node is not None else None,
            metadata_defaults=metadata_defaults,
        )
        spec = WorkflowSpec(
            template=template, sub_workflows=_all_sub_templates(subs), description=docs
        )
        spec.to_bytes()  # raises EncodeError naming any field that cannot be written
        refs = References(None, tasks, launch_plans)
        self._set(spec, list(nodes), failure_node, subs, refs, compiled_closure, should_register)

    def _set(
        self,
        spec: WorkflowSpec,
        nodes: list[FlyteNode],
        failure_node: Optional[FlyteNode],
        subs: list[FlyteWorkflow],
        refs: References,
        closure: Optional[CompiledWorkflowClosure],
        should_register: bool,
        id: Optional[Identifier] = None,
    ) -> None:
        assert spec.template is not None
        self._spec = spec
        self._template: WorkflowTemplate = spec.template
        if id is None:
            if spec.template.id is None:
                raise ValueError("the workflow template has no id")
            id = spec.template.id
        self._id: Identifier = id
        self._nodes = tuple(nodes)
        self._failure_node = failure_node
        self._subs = tuple(subs)
        self._tasks = refs.task_list
        self._launch_plans = refs.launch_plans
        self._closure = closure
        self._should_register = should_register
        self._interface: Optional[TaskInterface] = None

    # --- reading ------------------------------------------------------------------------------

    @classmethod
    def promote_from_model(
        cls,
        base_model: WorkflowTemplate,
        sub_workflows: Any = None,
        tasks: Any = None,
        node_launch_plans: Any = None,
    ) -> FlyteWorkflow:
        """The workflow of template ``base_model``, its nodes' entities resolved.

        ``sub_workflows``: the ``WorkflowTemplate`` of each sub-workflow run; ``tasks``: the
        ``FlyteTask`` of each task run; ``node_launch_plans``: ``(Identifier,
        LaunchPlanSpec)`` pairs, admin ``LaunchPlan`` messages or ``FlyteLaunchPlan``
        objects. Each may be a list or a mapping (its values; identifiers are not
        hashable). A collection left ``None`` leaves its references unresolved
        (``flyte_entity`` is ``None``); a reference missing from a given one raises
        ``ValueError``. The template is kept as is (failure node, overrides included).
        """
        if not isinstance(base_model, WorkflowTemplate):
            raise TypeError(
                f"promote_from_model() needs a WorkflowTemplate, got {type(base_model).__name__}"
            )
        return cls._promote(base_model, References(sub_workflows, tasks, node_launch_plans))

    @classmethod
    def promote_from_closure(
        cls, closure: CompiledWorkflowClosure, node_launch_plans: Any = None
    ) -> FlyteWorkflow:
        """The primary workflow of ``closure`` (FlyteAdmin's compiled workflow), with its
        sub-workflows and tasks; launch plans as for :meth:`promote_from_model`."""
        if not isinstance(closure, CompiledWorkflowClosure):
            raise TypeError(
                "promote_from_closure() needs a CompiledWorkflowClosure, got "
                f"{type(closure).__name__}"
            )
        primary = closure.primary.template if closure.primary is not None else None
        if primary is None:
            raise ValueError("the compiled workflow closure has no primary.template")
        subs = [s.template for s in closure.sub_workflows if s.template is not None]
        # like FlyteTask.promote_from_model, without writing each task to check it: a
        # workflow's messages are checked when written
        tasks = [
            FlyteTask._from_spec(TaskSpec(template=t.template), validate=False)
            for t in closure.tasks
            if t.template is not None
        ]
        refs = References(subs, tasks, node_launch_plans)
        spec = WorkflowSpec(template=primary, sub_workflows=subs)
        return cls._promote(primary, refs, spec=spec, closure=closure)

    @classmethod
    def _promote(
        cls,
        template: WorkflowTemplate,
        refs: References,
        *,
        spec: Optional[WorkflowSpec] = None,
        closure: Optional[CompiledWorkflowClosure] = None,
        id: Optional[Identifier] = None,
    ) -> FlyteWorkflow:
        if template.id is None and id is None:
            raise ValueError("the workflow template has no id")
        key = id_key(template.id or cast(Identifier, id))
        if key in refs.in_progress:
            raise ValueError(f"sub-workflow {key[3]!r} runs itself (a cycle of sub-workflows)")
        refs.in_progress.add(key)
        try:
            converted: dict[Any, FlyteWorkflow] = {}
            name = template.id.name if template.id is not None else key[3]
            nodes: list[FlyteNode] = []
            by_id: dict[str, FlyteNode] = {}
            for model in template.nodes:
                if model.id in _SYSTEM:
                    continue
                node = _promote_node(model, refs, converted, f"workflow {name!r}: node")
                nodes.append(node)
                by_id.setdefault(model.id, node)
            for node in nodes:
                for upstream_id in node.to_flyte_idl().upstream_node_ids:
                    if upstream_id in _SYSTEM:
                        continue
                    upstream = by_id.get(upstream_id)
                    if upstream is None:
                        raise ValueError(
                            f"workflow {name!r}: node {node.id!r} waits for {upstream_id!r}, "
                            "which is not a node of the workflow"
                        )
                    node._upstream.append(upstream)
            failure = None
            if template.failure_node is not None:
                failure = _promote_node(
                    template.failure_node, refs, converted, f"workflow {name!r}: failure node"
                )
        finally:
            refs.in_progress.discard(key)
        subs = list(converted.values())
        if spec is None:
            spec = WorkflowSpec(template=template, sub_workflows=_all_sub_templates(subs))
        wf = cls.__new__(cls)
        wf._set(spec, nodes, failure, subs, refs, closure, False, id)
        return wf

    @classmethod
    def from_flyte_idl(cls, pb2_object: Any) -> FlyteWorkflow:
        """The workflow of an admin ``WorkflowSpec``, a ``WorkflowTemplate``, a
        ``CompiledWorkflowClosure`` or an admin ``Workflow``: flyte_lite messages, the
        same flyteidl protobuf messages or flytekit models of them (read through their
        bytes; neither is imported here)."""
        for kind, message_class in _KINDS.items():
            if isinstance(pb2_object, message_class):
                return cls._from_message(pb2_object, cast(BytesKind, kind))
        if not isinstance(pb2_object, Message):
            kinds = {c.full_name: k for k, c in _KINDS.items()}
            foreign = foreign_message("from_flyte_idl()", pb2_object, kinds, "a workflow")
            if foreign is not None:
                return cls.from_bytes(foreign[1], kind=cast(BytesKind, foreign[0]))
        raise TypeError(
            "from_flyte_idl() needs an admin WorkflowSpec, a WorkflowTemplate, a "
            f"CompiledWorkflowClosure or an admin Workflow, got {type(pb2_object).__name__}"
        )

    @classmethod
    def from_bytes(
        cls, data: Union[bytes, bytearray, memoryview], *, kind: BytesKind = "spec"
    ) -> FlyteWorkflow:
        """Read a workflow from protobuf bytes.

        ``kind``: ``"spec"`` an admin ``WorkflowSpec`` (what ``pyflyte package`` writes),
        ``"template"`` a core ``WorkflowTemplate``, ``"closure"`` a
        ``CompiledWorkflowClosure``, ``"workflow"`` an admin ``Workflow`` (FlyteAdmin's
        answer). Tasks and launch plans are not in these messages: their nodes'
        ``flyte_entity`` is ``None`` (except for a closure's tasks). Bad bytes raise
        ``DecodeError``.
        """
        return cls._from_message(_message_class(kind).from_bytes(data), kind)

    @classmethod
    def from_json(
        cls,
        text: Union[str, bytes],
        *,
        kind: BytesKind = "spec",
        ignore_unknown_fields: bool = False,
    ) -> FlyteWorkflow:
        """Read a workflow from protobuf JSON; ``kind`` as for :meth:`from_bytes`."""
        message = _message_class(kind).from_json(text, ignore_unknown_fields=ignore_unknown_fields)
        return cls._from_message(message, kind)

    @classmethod
    def _from_message(cls, message: Message, kind: BytesKind) -> FlyteWorkflow:
        if isinstance(message, WorkflowSpec):
            if message.template is None:
                raise ValueError("the admin WorkflowSpec has no template, so it is not a workflow")
            refs = References(message.sub_workflows, None, None)
            return cls._promote(message.template, refs, spec=message)
        if isinstance(message, WorkflowTemplate):
            return cls._promote(message, References(None, None, None))
        if isinstance(message, CompiledWorkflowClosure):
            return cls.promote_from_closure(message)
        assert isinstance(message, Workflow)
        compiled = message.closure.compiled_workflow if message.closure is not None else None
        if compiled is None:
            raise ValueError("the admin Workflow has no closure.compiled_workflow")
        wf = cls.promote_from_closure(compiled)
        docs = (
            DescriptionEntity(short_description=message.short_description)
            if message.short_description
            else None
        )
        spec = attrs.evolve(wf._spec, description=docs)
        refs = References(None, wf._tasks, None)
        wf._set(spec, list(wf._nodes), wf._failure_node, list(wf._subs), refs, compiled, False,
                message.id)
        return wf

    # --- writing ------------------------------------------------------------------------------

    def to_flyte_idl(self) -> WorkflowSpec:
        """The admin ``WorkflowSpec``: template, sub-workflows, description."""
        return self._spec

    def serialize_to_string(self, *, deterministic: bool = False) -> bytes:
        """The admin ``WorkflowSpec`` bytes; for a spec read from bytes, exactly those."""
        return self._spec.to_bytes(deterministic=deterministic)

    def to_json(self, **options: Any) -> str:
        """The admin ``WorkflowSpec`` as JSON text, as ``json_format.MessageToJson`` writes it;
        takes :meth:`flyte_lite.wire.Message.to_json`'s options."""
        return self._spec.to_json(**options)

    # --- properties ---------------------------------------------------------------------------

    @property
    def template(self) -> WorkflowTemplate:
        """The core ``WorkflowTemplate``, as read."""
        return self._template

    @property
    def sub_workflows(self) -> tuple[WorkflowTemplate, ...]:
        """The spec's sub-workflow templates (every one the workflow runs, nested included)."""
        return tuple(self._spec.sub_workflows)

    @property
    def docs(self) -> Optional[DescriptionEntity]:
        """The spec's description."""
        return self._spec.description

    @property
    def id(self) -> Identifier:
        """The workflow's identifier (for an admin ``Workflow``, its ``id``)."""
        return self._id

    @property
    def metadata(self) -> Optional[WorkflowMetadata]:
        return self._template.metadata

    @property
    def metadata_defaults(self) -> Optional[WorkflowMetadataDefaults]:
        return self._template.metadata_defaults

    @property
    def interface(self) -> TaskInterface:
        """The inputs and outputs, as name -> ``Variable`` mappings (natural name order)."""
        if self._interface is None:
            self._interface = TaskInterface(self._template.interface)
        return self._interface

    @property
    def nodes(self) -> tuple[FlyteNode, ...]:
        """The workflow's nodes, without FlyteAdmin's start and end nodes."""
        return self._nodes

    @property
    def flyte_nodes(self) -> tuple[FlyteNode, ...]:
        """Same as :attr:`nodes`."""
        return self._nodes

    @property
    def outputs(self) -> tuple[Binding, ...]:
        """The output bindings."""
        return tuple(self._template.outputs)

    @property
    def failure_node(self) -> Optional[FlyteNode]:
        """The node run when the workflow fails (flytekit loses it: always ``None`` there)."""
        return self._failure_node

    @property
    def flyte_sub_workflows(self) -> tuple[FlyteWorkflow, ...]:
        """The sub-workflows the nodes run directly, in first-use order."""
        return self._subs

    @property
    def flyte_tasks(self) -> tuple[FlyteTask, ...]:
        """The tasks given to :meth:`promote_from_model` (or in the closure), in order."""
        return self._tasks

    @property
    def compiled_closure(self) -> Optional[CompiledWorkflowClosure]:
        """The closure this workflow was promoted from, if any."""
        return self._closure

    @property
    def should_register(self) -> bool:
        return self._should_register

    @property
    def entity_type_text(self) -> str:
        """Always ``"Workflow"``."""
        return "Workflow"

    @property
    def resource_type(self) -> ResourceType:
        """Always ``ResourceType.WORKFLOW``."""
        return ResourceType.WORKFLOW

    @classmethod
    def get_non_system_nodes(cls, nodes: Iterable[Any]) -> list[Any]:
        """``nodes`` without FlyteAdmin's ``start-node`` and ``end-node``."""
        return [n for n in nodes if n.id not in _SYSTEM]

    def _call_interface(self) -> TaskInterface:
        return self.interface

    # --- text and equality --------------------------------------------------------------------



def _message_class(kind: str) -> type[Message]:
    message_class = _KINDS.get(kind) if isinstance(kind, str) else None
    if message_class is None:
        raise ValueError(
            f"kind must be 'spec', 'template', 'closure' or 'workflow', not {kind!r}"
        )
    return message_class


def _all_sub_templates(workflows: Iterable[FlyteWorkflow]) -> list[WorkflowTemplate]:
    """The templates of ``workflows`` and of every sub-workflow they run, each once:
    a workflow's own sub-workflows come before it."""
    out: dict[Any, WorkflowTemplate] = {}
    for wf in workflows:
        for template in (*wf.sub_workflows, wf.template):
            key = id_key(template.id) if template.id is not None else None
            known = out.setdefault(key, template)
            if known != template:
                raise ValueError(
                    f"two different sub-workflows have the id of {template.id!r:.200}"
                )
    return list(out.values())


# --- from calls to a spec ---------------------------------------------------------------------


def spec_of(
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
    from flyte_lite.remote.pretty import type_summary
    from flyte_lite.remote.promise import Promise

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
    called = [
        e.entity for e in entries
        if not isinstance(e, Node) and isinstance(e.entity, FlyteWorkflow)
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
        template=template, sub_workflows=_all_sub_templates(called), description=docs
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
