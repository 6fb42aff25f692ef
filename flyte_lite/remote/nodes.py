"""The nodes of a remote workflow: flytekit's ``FlyteNode`` and its targets, lossless.

Each class wraps the ``flyteidl.core`` message it stands for, exactly as read
(``to_flyte_idl()`` gives it back; task overrides, array-node modes and all), and adds the
entity the node runs (``flyte_entity``: a ``FlyteTask``, ``FlyteWorkflow``,
``FlyteLaunchPlan``, or the branch, gate or array node itself) and the nodes it waits for.
References are resolved through a :class:`References`: the sub-workflows, tasks and
launch plans given to ``FlyteWorkflow.promote_from_model``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from flyte_lite.message import Message
from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanSpec
from flyte_lite.models.core.identifier import Identifier
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
    WorkflowNode,
    WorkflowTemplate,
)
from flyte_lite.remote.entity import id_key
from flyte_lite.remote.errors import FlyteAssertion
from flyte_lite.remote.task import FlyteTask

if TYPE_CHECKING:
    from flyte_lite.remote.launch_plan import FlyteLaunchPlan
    from flyte_lite.remote.workflow import FlyteWorkflow

__all__ = [
    "END_NODE_ID",
    "START_NODE_ID",
    "FlyteArrayNode",
    "FlyteBranchNode",
    "FlyteGateNode",
    "FlyteNode",
    "FlyteTaskNode",
    "FlyteWorkflowNode",
    "References",
]

#: The ids of the system nodes FlyteAdmin's compiler adds; they are not the workflow's own.
START_NODE_ID = "start-node"
END_NODE_ID = "end-node"

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
            for template in _values(sub_workflows):
                if not isinstance(template, WorkflowTemplate) or template.id is None:
                    raise TypeError(
                        f"sub_workflows holds WorkflowTemplates with ids, not {template!r:.80}"
                    )
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
    from flyte_lite.remote.launch_plan import FlyteLaunchPlan

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
        from flyte_lite.remote import pretty

        return pretty.serialized_string(self._message, type(self).__name__, verbose=False)

    def verbose_string(self) -> str:
        """flytekit's header and a YAML-like tree of everything set."""
        from flyte_lite.remote import pretty

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

        ``converted_sub_workflows`` (keyed by :func:`~flyte_lite.remote.entity.id_key`) is
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
        (keyed by :func:`~flyte_lite.remote.entity.id_key`) is updated and returned.
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
                from flyte_lite.remote.workflow import FlyteWorkflow

                workflow = FlyteWorkflow._promote(template, refs)
                converted[key] = workflow
        return FlyteWorkflowNode._wrap(model, workflow, None)
    raise ValueError(f"{where}: the workflow node names neither a sub-workflow nor a launch plan")
