"""``FlyteWorkflow`` and its nodes: flytekit's remote workflow, on flyte_lite's messages,
lossless.

A workflow is an admin ``WorkflowSpec`` (its template, the sub-workflows it runs, a
description) kept exactly as read, plus the nodes as :class:`FlyteNode` with their
entities resolved. Each node class wraps the ``flyteidl.core`` message it stands for,
exactly as read (``to_flyte_idl()`` gives it back; task overrides, array-node modes and
all), and adds the entity the node runs (``flyte_entity``: a ``FlyteTask``,
``FlyteWorkflow``, ``FlyteLaunchPlan``, or the branch, gate or array node itself) and the
nodes it waits for. References are resolved through a :class:`References`: the
sub-workflows, tasks and launch plans given to ``FlyteWorkflow.promote_from_model``.
Workflows and nodes share one module because promoting them is one recursion: a node may
run a sub-workflow, whose nodes are promoted in turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Optional, Union, cast

import attrs

from flyte_lite.message import Message
from flyte_lite.models.admin.description_entity import DescriptionEntity
from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanSpec
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.admin.workflow import Workflow, WorkflowSpec
from flyte_lite.models.core.compiler import CompiledWorkflowClosure
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.interface import TypedInterface
from flyte_lite.models.core.literals import Binding
from flyte_lite.models.core.workflow import (
    ApproveCondition,
    ArrayNode,
    BranchNode,
    GateNode,
    IfElseBlock,
    Node,
    NodeMetadata,
    SignalCondition,
    SleepCondition,
    TaskNode,
    TaskNodeOverrides,
    WorkflowMetadata,
    WorkflowMetadataDefaults,
    WorkflowNode,
    WorkflowTemplate,
)
from flyte_lite.remote.entity import RemoteEntity, foreign_message, kind_class
from flyte_lite.remote.errors import FlyteAssertion
from flyte_lite.remote.ids import id_key, sub_templates
from flyte_lite.remote.launch_plan import FlyteLaunchPlan
from flyte_lite.remote.task import FlyteTask, TaskInterface
from flyte_lite.views.workflows import END_NODE_ID, START_NODE_ID, SYSTEM_NODES

__all__ = [
    "END_NODE_ID",
    "START_NODE_ID",
    "FlyteArrayNode",
    "FlyteBranchNode",
    "FlyteGateNode",
    "FlyteNode",
    "FlyteTaskNode",
    "FlyteWorkflow",
    "FlyteWorkflowNode",
    "References",
]


_Key = tuple[int, str, str, str, str, str]


class References:
    """What node references resolve to: sub-workflow templates, tasks, launch plans.

    Each table is ``None`` when not given: its references then resolve to ``None``
    (a workflow read alone, without its tasks). A reference missing from a given table
    raises ``ValueError`` naming it. Identifiers are not hashable, so tables are
    built from iterables (a mapping's values are used; launch plans are
    ``(Identifier, LaunchPlanSpec)`` pairs, admin ``LaunchPlan`` messages or
    ``FlyteLaunchPlan`` objects).
    """

    def __init__(
        self,
        sub_workflows: Union[Iterable[WorkflowTemplate], Mapping[Any, WorkflowTemplate], None],
        tasks: Union[Iterable[FlyteTask], Mapping[Any, FlyteTask], None],
        launch_plans: Any,
    ) -> None:
        self.sub_workflows: Optional[dict[_Key, WorkflowTemplate]] = None
        self.tasks: Optional[dict[_Key, FlyteTask]] = None
        self.task_list: tuple[FlyteTask, ...] = ()
        self.launch_plans: Optional[dict[_Key, FlyteLaunchPlan]] = None
        self.in_progress: set[_Key] = set()  # sub-workflows being promoted (finds cycles)
        if sub_workflows is not None:
            self.sub_workflows = {}
            for index, template in enumerate(_values(sub_workflows)):
                if not isinstance(template, WorkflowTemplate):
                    raise TypeError(
                        f"sub_workflows holds WorkflowTemplates with ids, not {template!r:.80}"
                    )
                if template.id is None:  # (bytes can hold one: a bad value, not a bad type)
                    raise ValueError(f"sub_workflows[{index}] has no id: nodes name a "
                                     "sub-workflow by its id")
                self.sub_workflows[id_key(template.id)] = template
        if tasks is not None:
            self.task_list = tuple(_values(tasks))
            for task in self.task_list:
                if not isinstance(task, FlyteTask):
                    raise TypeError(f"tasks holds FlyteTasks, not {type(task).__name__}")
            self.tasks = {id_key(t.id): t for t in self.task_list}
        if launch_plans is not None:
            self.launch_plans = {}
            for plan in _launch_plans(launch_plans):
                self.launch_plans[id_key(plan.id)] = plan

    def task(self, where: str, ref: Optional[Identifier]) -> Optional[FlyteTask]:
        return cast(Optional[FlyteTask], self._find(self.tasks, "task", where, ref))

    def launch_plan(self, where: str, ref: Optional[Identifier]) -> Optional[FlyteLaunchPlan]:
        return cast(
            Optional["FlyteLaunchPlan"], self._find(self.launch_plans, "launch plan", where, ref)
        )

    def sub_workflow(self, where: str, ref: Optional[Identifier]) -> Optional[WorkflowTemplate]:
        return cast(
            Optional[WorkflowTemplate],
            self._find(self.sub_workflows, "sub-workflow", where, ref),
        )

    @staticmethod
    def _find(table: Optional[dict[_Key, Any]], what: str, where: str, ref: Any) -> Any:
        if table is None:
            return None
        found = table.get(id_key(ref)) if ref is not None else None
        if found is None:
            raise ValueError(f"{where}: {what} {_id_text(ref)} is not among the {what}s given")
        return found


def _values(collection: Any) -> list[Any]:
    return list(collection.values() if isinstance(collection, Mapping) else collection)


def _launch_plans(collection: Any) -> list[FlyteLaunchPlan]:
    items = collection.items() if isinstance(collection, Mapping) else collection
    plans = []
    for item in items:
        if isinstance(item, FlyteLaunchPlan):
            plans.append(item)
        elif isinstance(item, LaunchPlan):
            plans.append(FlyteLaunchPlan.from_flyte_idl(item))
        elif (
            isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[0], Identifier)
            and isinstance(item[1], LaunchPlanSpec)
        ):
            plans.append(FlyteLaunchPlan.promote_from_model(item[0], item[1]))
        else:
            raise TypeError(
                "node_launch_plans holds (Identifier, LaunchPlanSpec) pairs, admin LaunchPlans "
                f"or FlyteLaunchPlans, not {item!r:.80}"
            )
    return plans


def _id_text(ref: Optional[Identifier]) -> str:
    if ref is None:
        return "(no id)"
    rest = ", ".join(
        f"{k}={v!r}"
        for k, v in (("project", ref.project), ("domain", ref.domain),
                     ("version", ref.version), ("org", ref.org))
        if v
    )
    return f"{ref.name!r}" + (f" ({rest})" if rest else "")


class _Wrapper:
    """A message with the flytekit-style methods every node class has."""

    _message: Message
    _field = ""  # the Node field this class stands for ("" for FlyteNode itself)
    _message_class: type[Message] = Node

    @classmethod
    def from_flyte_idl(cls, pb2_object: Any) -> Any:
        """``pb2_object`` (a flyte_lite message) wrapped, references unresolved."""
        return cls._read(pb2_object)

    @classmethod
    def _read(cls, message: Any) -> Any:
        """``message`` wrapped, its references left unresolved (``flyte_entity`` ``None``)."""
        expected = cls._message_class
        if not isinstance(message, expected):
            raise TypeError(
                f"{cls.__name__}.from_flyte_idl() needs a {expected.__name__}, "
                f"got {type(message).__name__}"
            )
        fields: dict[str, Any] = {cls._field: message} if cls._field else {}
        node = Node(**fields) if cls._field else cast(Node, message)
        promoted = _promote_node(node, References(None, None, None), {}, "node")
        return promoted if not cls._field else promoted.target

    def to_flyte_idl(self) -> Any:
        """The message, exactly as read or built."""
        return self._message

    def serialize_to_string(self, *, deterministic: bool = False) -> bytes:
        """The message's protobuf bytes."""
        return self._message.to_bytes(deterministic=deterministic)

    def short_string(self) -> str:
        """flytekit's header and a YAML-like tree, long values left out."""
        from flyte_lite.views import pretty

        return pretty.serialized_string(self._message, type(self).__name__, verbose=False)

    def verbose_string(self) -> str:
        """flytekit's header and a YAML-like tree of everything set."""
        from flyte_lite.views import pretty

        return pretty.serialized_string(self._message, type(self).__name__, verbose=True)

    @property
    def is_empty(self) -> bool:
        """Whether the message has nothing set."""
        return self._message == type(self._message)()

    def __repr__(self) -> str:
        return self.short_string()


class FlyteTaskNode(_Wrapper):
    """A task node: ``flyte_task`` is the task it runs (``None`` if not known)."""

    _field = "task_node"
    _message_class = TaskNode

    def __init__(self, flyte_task: FlyteTask) -> None:
        if not isinstance(flyte_task, FlyteTask):
            raise TypeError(f"FlyteTaskNode() needs a FlyteTask, got {type(flyte_task).__name__}")
        self._message: TaskNode = TaskNode(reference_id=flyte_task.id)
        self._flyte_task: Optional[FlyteTask] = flyte_task

    @classmethod
    def _wrap(cls, message: TaskNode, task: Optional[FlyteTask]) -> FlyteTaskNode:
        node = cls.__new__(cls)
        node._message = message
        node._flyte_task = task
        return node

    @classmethod
    def promote_from_model(cls, task: FlyteTask) -> FlyteTaskNode:
        """The node running ``task``."""
        return cls(task)

    @property
    def flyte_task(self) -> Optional[FlyteTask]:
        """The task run, or ``None`` when it was not given."""
        return self._flyte_task

    @property
    def reference_id(self) -> Optional[Identifier]:
        """The task's identifier, as the node names it."""
        return self._message.reference_id

    @property
    def overrides(self) -> Optional[TaskNodeOverrides]:
        """The node's overrides of the task's resources and image (flytekit drops them)."""
        return self._message.overrides


class FlyteWorkflowNode(_Wrapper):
    """A node running a sub-workflow or a launch plan."""

    _field = "workflow_node"
    _message_class = WorkflowNode

    def __init__(
        self,
        flyte_workflow: Optional[FlyteWorkflow] = None,
        flyte_launch_plan: Optional[FlyteLaunchPlan] = None,
    ) -> None:
        if flyte_workflow is not None and flyte_launch_plan is not None:
            raise ValueError(
                "FlyteWorkflowNode() takes a workflow or a launch plan, not both"
            )
        self._message: WorkflowNode = WorkflowNode(
            launchplan_ref=flyte_launch_plan.id if flyte_launch_plan is not None else None,
            sub_workflow_ref=flyte_workflow.id if flyte_workflow is not None else None,
        )
        self._flyte_workflow = flyte_workflow
        self._flyte_launch_plan = flyte_launch_plan

    @classmethod
    def _wrap(
        cls,
        message: WorkflowNode,
        workflow: Optional[FlyteWorkflow],
        launch_plan: Optional[FlyteLaunchPlan],
    ) -> FlyteWorkflowNode:
        node = cls.__new__(cls)
        node._message = message
        node._flyte_workflow = workflow
        node._flyte_launch_plan = launch_plan
        return node

    @classmethod
    def promote_from_model(
        cls,
        base_model: WorkflowNode,
        sub_workflows: Any,
        node_launch_plans: Any,
        tasks: Any,
        converted_sub_workflows: Optional[dict[Any, FlyteWorkflow]],
    ) -> tuple[FlyteWorkflowNode, dict[Any, FlyteWorkflow]]:
        """The node of ``base_model`` with its workflow or launch plan resolved.

        ``converted_sub_workflows`` (keyed by :func:`~flyte_lite.remote.ids.id_key`) is
        updated with the sub-workflows promoted and returned, as in flytekit.
        """
        refs = References(sub_workflows, tasks, node_launch_plans)
        converted = {} if converted_sub_workflows is None else converted_sub_workflows
        return _promote_workflow_node(base_model, refs, converted, "workflow node"), converted

    @property
    def flyte_workflow(self) -> Optional[FlyteWorkflow]:
        """The sub-workflow run, if this node runs one and it is known."""
        return self._flyte_workflow

    @property
    def flyte_launch_plan(self) -> Optional[FlyteLaunchPlan]:
        """The launch plan run, if this node runs one and it is known."""
        return self._flyte_launch_plan

    @property
    def launchplan_ref(self) -> Optional[Identifier]:
        """The launch plan's identifier, or ``None``."""
        return self._message.launchplan_ref

    @property
    def sub_workflow_ref(self) -> Optional[Identifier]:
        """The sub-workflow's identifier, or ``None``."""
        return self._message.sub_workflow_ref

    @property
    def reference(self) -> Optional[Identifier]:
        """Whichever of ``launchplan_ref`` and ``sub_workflow_ref`` is set."""
        return self._message.launchplan_ref or self._message.sub_workflow_ref


class FlyteBranchNode(_Wrapper):
    """A conditional: ``if_else`` as read, and its then/else nodes as :class:`FlyteNode`."""

    _field = "branch_node"
    _message_class = BranchNode

    @classmethod
    def from_flyte_idl(cls, pb2_objct: Any) -> Any:  # flytekit's parameter name
        """``pb2_objct`` (a flyte_lite ``BranchNode``) wrapped, references unresolved."""
        return cls._read(pb2_objct)

    def __init__(self, if_else: IfElseBlock) -> None:
        if not isinstance(if_else, IfElseBlock):
            raise TypeError(f"FlyteBranchNode() needs an IfElseBlock, got {type(if_else).__name__}")
        self._set(BranchNode(if_else=if_else), References(None, None, None), {})

    def _set(self, message: BranchNode, refs: References, converted: dict[Any, Any]) -> None:
        self._message: BranchNode = message
        block = message.if_else or IfElseBlock()

        def promoted(node: Optional[Node], what: str) -> Optional[FlyteNode]:
            return _promote_node(node, refs, converted, what) if node is not None else None

        self._case = promoted(block.case.then_node if block.case else None, "branch node")
        self._others = tuple(
            n
            for other in block.other
            if (n := promoted(other.then_node, "branch node")) is not None
        )
        self._else = promoted(block.else_node, "branch else node")

    @classmethod
    def promote_from_model(
        cls,
        base_model: BranchNode,
        sub_workflows: Any,
        node_launch_plans: Any,
        tasks: Any,
        converted_sub_workflows: Optional[dict[Any, FlyteWorkflow]],
    ) -> tuple[FlyteBranchNode, dict[Any, FlyteWorkflow]]:
        """The branch of ``base_model`` with the entities of its nodes resolved."""
        refs = References(sub_workflows, tasks, node_launch_plans)
        converted = {} if converted_sub_workflows is None else converted_sub_workflows
        node = cls.__new__(cls)
        node._set(base_model, refs, converted)
        return node, converted

    @property
    def if_else(self) -> Optional[IfElseBlock]:
        """The ``IfElseBlock`` message, as read."""
        return self._message.if_else

    @property
    def case_then_node(self) -> Optional[FlyteNode]:
        """The node run when the first condition holds."""
        return self._case

    @property
    def other_then_nodes(self) -> tuple[FlyteNode, ...]:
        """The nodes of the ``elif_`` conditions, in order."""
        return self._others

    @property
    def else_node(self) -> Optional[FlyteNode]:
        """The node run when no condition holds, or ``None`` (then ``if_else.error``)."""
        return self._else


class FlyteGateNode(_Wrapper):
    """A gate: a signal to wait for, a sleep or an approval."""

    _field = "gate_node"
    _message_class = GateNode

    def __init__(
        self,
        signal: Optional[SignalCondition] = None,
        sleep: Optional[SleepCondition] = None,
        approve: Optional[ApproveCondition] = None,
    ) -> None:
        given = [n for n, v in (("signal", signal), ("sleep", sleep), ("approve", approve)) if v]
        if len(given) > 1:
            raise ValueError(f"a gate node has one condition, got {', '.join(given)}")
        self._message: GateNode = GateNode(signal=signal, sleep=sleep, approve=approve)

    @classmethod
    def promote_from_model(cls, model: GateNode) -> FlyteGateNode:
        """The gate of ``model``, kept as is."""
        node = cls.__new__(cls)
        node._message = model
        return node

    @property
    def signal(self) -> Optional[SignalCondition]:
        return self._message.signal

    @property
    def sleep(self) -> Optional[SleepCondition]:
        return self._message.sleep

    @property
    def approve(self) -> Optional[ApproveCondition]:
        return self._message.approve

    @property
    def condition(self) -> Union[SignalCondition, SleepCondition, ApproveCondition, None]:
        """Whichever condition is set."""
        m = self._message
        return m.signal or m.sleep or m.approve


class FlyteArrayNode(_Wrapper):
    """An array node: ``flyte_node`` is the node it maps (as :class:`FlyteNode`)."""

    _field = "array_node"
    _message_class = ArrayNode

    def __init__(
        self,
        flyte_node: FlyteNode,
        parallelism: Optional[int],
        min_successes: Optional[int],
        min_success_ratio: Optional[float],
    ) -> None:
        if min_successes is not None and min_success_ratio is not None:
            raise ValueError("an array node has min_successes or min_success_ratio, not both")
        self._message: ArrayNode = ArrayNode(
            node=flyte_node.to_flyte_idl(),
            parallelism=parallelism,
            min_successes=min_successes,
            min_success_ratio=min_success_ratio,
        )
        self._flyte_node = flyte_node

    @classmethod
    def promote_from_model(cls, model: ArrayNode, flyte_node: FlyteNode) -> FlyteArrayNode:
        """The array node of ``model`` (kept as is) mapping ``flyte_node``."""
        node = cls.__new__(cls)
        node._message = model
        node._flyte_node = flyte_node
        return node

    @property
    def flyte_node(self) -> FlyteNode:
        return self._flyte_node

    @property
    def node(self) -> Optional[Node]:
        """The mapped node's message."""
        return self._message.node

    @property
    def parallelism(self) -> Optional[int]:
        return self._message.parallelism

    @property
    def min_successes(self) -> Optional[int]:
        return self._message.min_successes

    @property
    def min_success_ratio(self) -> Optional[float]:
        return self._message.min_success_ratio


_Target = Union[FlyteTaskNode, FlyteWorkflowNode, FlyteBranchNode, FlyteGateNode, FlyteArrayNode]
_TARGET_FIELDS = ("task_node", "workflow_node", "branch_node", "gate_node", "array_node")


class FlyteNode(_Wrapper):
    """A node of a remote workflow: the ``Node`` message as read, its target as one of the
    ``Flyte*Node`` classes, the entity it runs and the nodes it waits for."""

    def __init__(
        self,
        id: str,
        upstream_nodes: Iterable[FlyteNode],
        bindings: Iterable[Binding],
        metadata: Optional[NodeMetadata],
        task_node: Optional[FlyteTaskNode] = None,
        workflow_node: Optional[FlyteWorkflowNode] = None,
        branch_node: Optional[FlyteBranchNode] = None,
        gate_node: Optional[FlyteGateNode] = None,
        array_node: Optional[FlyteArrayNode] = None,
    ) -> None:
        targets = {
            k: v
            for k, v in zip(
                _TARGET_FIELDS, (task_node, workflow_node, branch_node, gate_node, array_node)
            )
            if v is not None
        }
        if len(targets) != 1:
            raise FlyteAssertion(
                "An Flyte node must have one of task|workflow|branch|gate|array entity "
                "specified at once"
            )
        upstream = list(upstream_nodes)
        field, target = next(iter(targets.items()))
        message = Node(
            id=id,
            metadata=metadata,
            inputs=list(bindings),
            upstream_node_ids=[n.id for n in upstream],
            **{field: target.to_flyte_idl()},
        )
        message.to_bytes()  # raises EncodeError naming a bad field
        self._set(message, target)
        self._upstream.extend(upstream)

    def _set(self, message: Node, target: _Target) -> None:
        self._message: Node = message
        self._target = target
        self._upstream: list[FlyteNode] = []

    @classmethod
    def promote_from_model(
        cls,
        model: Node,
        sub_workflows: Any,
        node_launch_plans: Any,
        tasks: Any,
        converted_sub_workflows: Optional[dict[Any, FlyteWorkflow]],
    ) -> tuple[Optional[FlyteNode], dict[Any, FlyteWorkflow]]:
        """The node of ``model`` with its entity resolved (no upstream nodes yet).

        ``None`` for FlyteAdmin's ``start-node`` and ``end-node``. ``converted_sub_workflows``
        (keyed by :func:`~flyte_lite.remote.ids.id_key`) is updated and returned.
        """
        converted = {} if converted_sub_workflows is None else converted_sub_workflows
        if model.id in (START_NODE_ID, END_NODE_ID):
            return None, converted
        refs = References(sub_workflows, tasks, node_launch_plans)
        return _promote_node(model, refs, converted, "node"), converted

    @property
    def id(self) -> str:
        return self._message.id

    @property
    def metadata(self) -> Optional[NodeMetadata]:
        return self._message.metadata

    @property
    def inputs(self) -> tuple[Binding, ...]:
        """The input bindings, as read."""
        return tuple(self._message.inputs)

    @property
    def bindings(self) -> tuple[Binding, ...]:
        """Same as :attr:`inputs`."""
        return self.inputs

    @property
    def output_aliases(self) -> tuple[Any, ...]:
        return tuple(self._message.output_aliases)

    @property
    def upstream_nodes(self) -> tuple[FlyteNode, ...]:
        """The nodes this one waits for, in the order the bytes list them."""
        return tuple(self._upstream)

    @property
    def upstream_node_ids(self) -> list[str]:
        """The ids of :attr:`upstream_nodes`, sorted (as flytekit)."""
        return sorted(n.id for n in self._upstream)

    @property
    def target(self) -> _Target:
        """The task, workflow, branch, gate or array node."""
        return self._target

    @property
    def task_node(self) -> Optional[FlyteTaskNode]:
        return self._target if isinstance(self._target, FlyteTaskNode) else None

    @property
    def workflow_node(self) -> Optional[FlyteWorkflowNode]:
        return self._target if isinstance(self._target, FlyteWorkflowNode) else None

    @property
    def branch_node(self) -> Optional[FlyteBranchNode]:
        return self._target if isinstance(self._target, FlyteBranchNode) else None

    @property
    def gate_node(self) -> Optional[FlyteGateNode]:
        return self._target if isinstance(self._target, FlyteGateNode) else None

    @property
    def array_node(self) -> Optional[FlyteArrayNode]:
        return self._target if isinstance(self._target, FlyteArrayNode) else None

    @property
    def flyte_entity(
        self,
    ) -> Union[FlyteTask, FlyteWorkflow, FlyteLaunchPlan, FlyteBranchNode, FlyteGateNode,
               FlyteArrayNode, None]:
        """The task, workflow or launch plan run (``None`` if not known), or the branch,
        gate or array node itself."""
        t = self._target
        if isinstance(t, FlyteTaskNode):
            return t.flyte_task
        if isinstance(t, FlyteWorkflowNode):
            return t.flyte_workflow or t.flyte_launch_plan
        return t

    def __repr__(self) -> str:
        return f"Node(ID: {self.id})"


def _promote_node(
    model: Node, refs: References, converted: dict[Any, Any], where: str
) -> FlyteNode:
    """``model`` as a :class:`FlyteNode` (no upstream nodes), references resolved by ``refs``."""
    where = f"{where} {model.id!r}"
    target: _Target
    if model.task_node is not None:
        task = refs.task(where, model.task_node.reference_id)
        target = FlyteTaskNode._wrap(model.task_node, task)
    elif model.workflow_node is not None:
        target = _promote_workflow_node(model.workflow_node, refs, converted, where)
    elif model.branch_node is not None:
        target = FlyteBranchNode.__new__(FlyteBranchNode)
        target._set(model.branch_node, refs, converted)
    elif model.gate_node is not None:
        target = FlyteGateNode.promote_from_model(model.gate_node)
    elif model.array_node is not None:
        if model.array_node.node is None:
            raise ValueError(f"{where}: the array node has no node to map")
        inner = _promote_node(model.array_node.node, refs, converted, f"{where} array node")
        target = FlyteArrayNode.promote_from_model(model.array_node, inner)
    else:
        raise ValueError(f"{where}: the node has no task, workflow, branch, gate or array target")
    node = FlyteNode.__new__(FlyteNode)
    node._set(model, target)
    return node


def _promote_workflow_node(
    model: WorkflowNode, refs: References, converted: dict[Any, Any], where: str
) -> FlyteWorkflowNode:
    if model.launchplan_ref is not None:
        return FlyteWorkflowNode._wrap(model, None, refs.launch_plan(where, model.launchplan_ref))
    if model.sub_workflow_ref is not None:
        key = id_key(model.sub_workflow_ref)
        workflow = converted.get(key)
        if workflow is None:
            template = refs.sub_workflow(where, model.sub_workflow_ref)
            if template is not None:
                workflow = FlyteWorkflow._promote(template, refs)
                converted[key] = workflow
        return FlyteWorkflowNode._wrap(model, workflow, None)
    raise ValueError(f"{where}: the workflow node names neither a sub-workflow nor a launch plan")


# --- the workflow ------------------------------------------------------------------------

#: What :meth:`FlyteWorkflow.from_bytes` can read, by ``kind``.
BytesKind = Literal["spec", "template", "closure", "workflow"]
BYTES_KINDS: dict[str, type[Message]] = {
    "spec": WorkflowSpec,
    "template": WorkflowTemplate,
    "closure": CompiledWorkflowClosure,
    "workflow": Workflow,
}


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
            template=template, sub_workflows=sub_templates(s._spec for s in subs), description=docs
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
                if model.id in SYSTEM_NODES:
                    continue
                node = _promote_node(model, refs, converted, f"workflow {name!r}: node")
                nodes.append(node)
                by_id.setdefault(model.id, node)
            for node in nodes:
                for upstream_id in node.to_flyte_idl().upstream_node_ids:
                    if upstream_id in SYSTEM_NODES:
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
            spec = WorkflowSpec(
                template=template, sub_workflows=sub_templates(s._spec for s in subs)
            )
        wf = cls.__new__(cls)
        wf._set(spec, nodes, failure, subs, refs, closure, False, id)
        return wf

    @classmethod
    def from_flyte_idl(cls, pb2_object: Any) -> FlyteWorkflow:
        """The workflow of an admin ``WorkflowSpec``, a ``WorkflowTemplate``, a
        ``CompiledWorkflowClosure`` or an admin ``Workflow``: flyte_lite messages, the
        same flyteidl protobuf messages or flytekit models of them (read through their
        bytes; neither is imported here)."""
        for kind, message_class in BYTES_KINDS.items():
            if isinstance(pb2_object, message_class):
                return cls._from_message(pb2_object, cast(BytesKind, kind))
        if not isinstance(pb2_object, Message):
            kinds = {c.full_name: k for k, c in BYTES_KINDS.items()}
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
        return cls._from_message(kind_class(BYTES_KINDS, kind).from_bytes(data), kind)

    @classmethod
    def from_json(
        cls,
        text: Union[str, bytes],
        *,
        kind: BytesKind = "spec",
        ignore_unknown_fields: bool = False,
    ) -> FlyteWorkflow:
        """Read a workflow from protobuf JSON; ``kind`` as for :meth:`from_bytes`."""
        message_class = kind_class(BYTES_KINDS, kind)
        message = message_class.from_json(text, ignore_unknown_fields=ignore_unknown_fields)
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
        return [n for n in nodes if n.id not in SYSTEM_NODES]

    def _call_interface(self) -> TaskInterface:
        return self.interface
