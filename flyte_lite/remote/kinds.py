"""The kinds of entity FlyteAdmin keeps, as data: what the client needs to fetch, list and
register each. A kind's RPCs follow FlyteAdmin's naming (``Get{X}``, ``List{X}s``,
``List{X}Ids``, ``Create{X}``), and its routes are in ``admin/routes.py``.

``FlyteWorkflow`` and ``FlyteLaunchPlan`` are made by :func:`promote_workflow` and
:func:`promote_launch_plan`, which import them when first called."""

from __future__ import annotations

from typing import Any, Callable, Optional

import attrs

from flyte_lite.message import Message
from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanCreateRequest, LaunchPlanSpec
from flyte_lite.models.admin.task import Task, TaskCreateRequest, TaskSpec
from flyte_lite.models.admin.workflow import Workflow, WorkflowCreateRequest, WorkflowSpec
from flyte_lite.models.core.compiler import CompiledWorkflowClosure
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.remote.task import FlyteTask

__all__ = ["KINDS", "LAUNCH_PLAN", "TASK", "WORKFLOW", "EntityKind", "promote_launch_plan",
           "promote_workflow"]


@attrs.frozen
class EntityKind:
    """One kind of entity.

    ``name`` is also what a package calls it (``flyte_lite.package``); ``spec_class``
    what a package entry of it holds; ``entity_class`` what ``Get{rpc}`` answers;
    ``wrap`` makes the user's object (``FlyteTask``) from the latter; ``create_request``
    builds ``Create{rpc}``'s request from an identifier and a package entry's message;
    ``content`` and ``registered_content`` give what is compared when the entity exists
    already (ours, and what the server keeps).
    """

    name: str
    rpc: str
    resource_type: ResourceType
    list_field: str
    spec_class: type[Message]
    entity_class: type[Message]
    wrap: Callable[[Any], Any]
    create_request: Callable[[Identifier, Any], Message]
    content: Callable[[Any], Message]
    registered_content: Callable[[Any], Optional[Message]]
    #: Where ``content`` sits in the spec, for naming a difference (``template``).
    content_path: str

    @property
    def get_rpc(self) -> str:
        return f"Get{self.rpc}"

    @property
    def list_rpc(self) -> str:
        return f"List{self.rpc}s"

    @property
    def ids_rpc(self) -> str:
        return f"List{self.rpc}Ids"

    @property
    def create_rpc(self) -> str:
        return f"Create{self.rpc}"


def _flyte_task(task: Any) -> FlyteTask:
    # decoded from the server's bytes, so writable: no validating encode (from_bytes' way)
    return FlyteTask._from_message(task, validate=False)


def _task_template_of(task: Task) -> Optional[Message]:
    compiled = task.closure.compiled_task if task.closure is not None else None
    return compiled.template if compiled is not None else None


TASK = EntityKind(
    name="task",
    rpc="Task",
    resource_type=ResourceType.TASK,
    list_field="tasks",
    spec_class=TaskSpec,
    entity_class=Task,
    wrap=_flyte_task,
    create_request=lambda id, spec: TaskCreateRequest(id=id, spec=spec),
    content=lambda spec: spec.template,
    registered_content=_task_template_of,
    content_path="template",
)


def promote_workflow(closure: CompiledWorkflowClosure,
                     node_launch_plans: list[tuple[Identifier, LaunchPlanSpec]]) -> Any:
    """``FlyteWorkflow.promote_from_closure(closure, node_launch_plans)`` (the launch
    plans as (identifier, spec) pairs)."""
    from flyte_lite.remote.workflow import FlyteWorkflow

    return FlyteWorkflow.promote_from_closure(closure, node_launch_plans=node_launch_plans)


def promote_launch_plan(id: Identifier, spec: LaunchPlanSpec) -> Any:
    """``FlyteLaunchPlan.promote_from_model(id, spec)``."""
    from flyte_lite.remote.launch_plan import FlyteLaunchPlan

    return FlyteLaunchPlan.promote_from_model(id, spec)


def _compiled_template(workflow: Workflow) -> Optional[Message]:
    closure = workflow.closure.compiled_workflow if workflow.closure is not None else None
    primary = closure.primary if closure is not None else None
    return primary.template if primary is not None else None


WORKFLOW = EntityKind(
    name="workflow",
    rpc="Workflow",
    resource_type=ResourceType.WORKFLOW,
    list_field="workflows",
    spec_class=WorkflowSpec,
    entity_class=Workflow,
    wrap=lambda workflow: workflow,  # the client fetches its launch plans, then promotes
    create_request=lambda id, spec: WorkflowCreateRequest(id=id, spec=spec),
    content=lambda spec: spec.template,
    registered_content=_compiled_template,
    content_path="template",
)

LAUNCH_PLAN = EntityKind(
    name="launch plan",
    rpc="LaunchPlan",
    resource_type=ResourceType.LAUNCH_PLAN,
    list_field="launch_plans",
    spec_class=LaunchPlan,
    entity_class=LaunchPlan,
    wrap=lambda lp: promote_launch_plan(lp.id, lp.spec),
    create_request=lambda id, lp: LaunchPlanCreateRequest(id=id, spec=lp.spec),
    content=lambda lp: lp.spec,
    registered_content=lambda lp: lp.spec,
    content_path="spec",
)

#: Every kind flyte_lite handles, by name.
KINDS = {kind.name: kind for kind in (TASK, WORKFLOW, LAUNCH_PLAN)}
