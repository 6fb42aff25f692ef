"""The kinds of entity FlyteAdmin keeps, as data: what the client needs to fetch, list and
register each. A kind's RPCs follow FlyteAdmin's naming (``Get{X}``, ``List{X}s``,
``List{X}Ids``, ``Create{X}``), so adding workflows or launch plans is one
:class:`EntityKind` each (plus their routes in ``admin/routes.py``)."""

from __future__ import annotations

from typing import Any, Callable, Optional

import attrs

from flyte_lite.message import Message
from flyte_lite.models.admin.task import Task, TaskCreateRequest, TaskSpec
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.remote.task import FlyteTask

__all__ = ["KINDS", "TASK", "EntityKind"]


@attrs.frozen
class EntityKind:
    """One kind of entity.

    ``package_kind`` is what a package entry of this kind is called (``package.py``);
    ``spec_class`` what such an entry holds; ``entity_class`` what ``Get{rpc}`` answers;
    ``wrap`` makes the user's object (``FlyteTask``) from either; ``id_of`` reads the
    spec's own identifier and ``map_ids`` applies a function to every identifier inside
    it (its own and, for workflows, those it refers to); ``create_request`` builds
    ``Create{rpc}``'s request; ``content`` and ``registered_content`` give what is compared
    when the entity exists already (ours, and what the server keeps).
    """

    name: str
    rpc: str
    resource_type: ResourceType
    list_field: str
    package_kind: str
    spec_class: type[Message]
    entity_class: type[Message]
    wrap: Callable[[Message], Any]
    id_of: Callable[[Any], Optional[Identifier]]
    map_ids: Callable[[Any, Callable[[Identifier], Identifier]], Any]
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
    package_kind="task",
    spec_class=TaskSpec,
    entity_class=Task,
    wrap=_flyte_task,
    id_of=lambda spec: spec.template.id if spec.template is not None else None,
    map_ids=lambda spec, f: attrs.evolve(
        spec, template=attrs.evolve(spec.template, id=f(spec.template.id or Identifier()))
    ),
    create_request=lambda id, spec: TaskCreateRequest(id=id, spec=spec),
    content=lambda spec: spec.template,
    registered_content=_task_template_of,
    content_path="template",
)

#: Every kind flyte_lite handles, by name. ``workflow`` and ``launch plan`` come with
#: FlyteWorkflow and FlyteLaunchPlan.
KINDS = {kind.name: kind for kind in (TASK,)}
