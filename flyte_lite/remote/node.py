"""Nodes of a workflow being compiled: a call of a task, a workflow or a launch plan,
overridden and ordered.

A :class:`CompiledNode` is flytekit's core ``Node``: it stays changeable while the
workflow is compiled (``with_overrides``, ``a >> b``) and writes a
``flyteidl.core.Node`` message when asked (``CompilationState.nodes``): a task node for
a task, a workflow node (``sub_workflow_ref`` or ``launchplan_ref``) for the others.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Optional, Union

import attrs

from flyte_lite.models.core.identifier import ResourceType
from flyte_lite.models.core.literals import Binding, BindingData, RetryStrategy
from flyte_lite.models.core.tasks import ExtendedResources, K8sPod
from flyte_lite.models.core.tasks import Resources as ResourcesMessage
from flyte_lite.models.core.workflow import (
    Alias,
    Node,
    NodeMetadata,
    TaskNode,
    TaskNodeOverrides,
    WorkflowNode,
)
from flyte_lite.remote import overrides as _ov
from flyte_lite.remote.promise import Promise, Upstream
from flyte_lite.wkt import Duration

if TYPE_CHECKING:
    from flyte_lite.models.core.identifier import Identifier
    from flyte_lite.remote.entity import RemoteEntity

__all__ = ["CompiledNode"]

_UNSET: Any = object()  # timeout not given (None means "no timeout", as in flytekit)


class CompiledNode:
    """A node calling a task, a workflow or a launch plan, changeable until the workflow is
    written.

    ``id`` is the node's id now; ``key`` the id it was created with, which bindings
    made in the same workflow use until the node is written. ``reference_id``'s resource
    type says what the node calls; ``entity`` is the entity called, if known.
    """

    def __init__(
        self,
        id: str,
        metadata: NodeMetadata,
        inputs: list[Binding],
        upstream: list[Upstream],
        reference_id: Identifier,
        entity: Optional[RemoteEntity] = None,
    ) -> None:
        self.key = self.id = _ov.dnsify(id)
        self.metadata = metadata
        self.inputs = inputs
        self.upstream: list[Upstream] = []
        for node in upstream:
            self.add_upstream(node)
        self.reference_id = reference_id
        self.entity = entity
        self.output_aliases: list[Alias] = []
        self.resources: Optional[ResourcesMessage] = None
        self.extended_resources: Optional[ExtendedResources] = None
        self.container_image = ""
        self.pod_template: Optional[K8sPod] = None

    def add_upstream(self, node: Upstream) -> None:
        """Make this node wait for ``node`` (once; a node never waits for itself)."""
        if node is not self and node not in self.upstream:
            self.upstream.append(node)

    def to_node(self, renamed: dict[str, str]) -> Node:
        """The ``flyteidl.core.Node``; ``renamed`` maps keys of renamed nodes to their ids."""
        inputs = self.inputs
        if renamed:
            inputs = [
                attrs.evolve(b, binding=_renamed(b.binding, renamed)) if b.binding else b
                for b in inputs
            ]
        ids = {n if isinstance(n, str) else n.id for n in self.upstream}
        kind = self.reference_id.resource_type
        target: dict[str, Any] = {}
        if kind == ResourceType.LAUNCH_PLAN:
            target["workflow_node"] = WorkflowNode(launchplan_ref=self.reference_id)
        elif kind == ResourceType.WORKFLOW:
            target["workflow_node"] = WorkflowNode(sub_workflow_ref=self.reference_id)
        else:
            target["task_node"] = TaskNode(
                reference_id=self.reference_id,
                overrides=TaskNodeOverrides(
                    resources=self.resources,
                    extended_resources=self.extended_resources,
                    container_image=self.container_image,
                    pod_template=self.pod_template,
                ),
            )
        return Node(
            id=self.id,
            metadata=self.metadata,
            inputs=inputs,
            upstream_node_ids=sorted(ids),
            output_aliases=self.output_aliases,
            **target,
        )

    def with_overrides(
        self,
        node_name: Optional[str] = None,
        aliases: Optional[dict[str, str]] = None,
        requests: Optional[_ov.Resources] = None,
        limits: Optional[_ov.Resources] = None,
        timeout: Union[int, _dt.timedelta, None] = _UNSET,
        retries: Optional[int] = None,
        interruptible: Optional[bool] = None,
        name: Optional[str] = None,
        task_config: Any = None,
        container_image: Optional[str] = None,
        accelerator: Any = None,
        cache: Optional[bool] = None,
        cache_version: Optional[str] = None,
        cache_serialize: Optional[bool] = None,
        shared_memory: Union[bool, str, None] = None,
        pod_template: Optional[_ov.PodTemplate] = None,
        resources: Optional[_ov.Resources] = None,
    ) -> CompiledNode:
        """Change this node as flytekit 1.15's ``Node.with_overrides`` does.

        Arguments not given (``None``) leave the node as it is. Unlike flytekit, unknown
        keywords raise ``TypeError``, ``aliases`` and ``pod_template`` are written into
        the node (flytekit drops them for a remote task), and a later call without
        ``accelerator``/``shared_memory`` keeps the ones set before.
        """
        given = {
            "node_name": node_name,
            "retries": retries,
            "interruptible": interruptible,
            "container_image": container_image,
            "accelerator": accelerator,
            "cache": cache,
            "cache_version": cache_version,
            "cache_serialize": cache_serialize,
            "shared_memory": shared_memory,
            "pod_template": pod_template,
        }
        for what, value in given.items():
            if isinstance(value, Promise):
                where = "podtemplate" if what == "pod_template" else what
                raise AssertionError(f"Cannot use a promise in the {where} Value: {value!r}")
        if self.reference_id.resource_type in (ResourceType.WORKFLOW, ResourceType.LAUNCH_PLAN):
            task_only = {
                "requests": requests,
                "limits": limits,
                "resources": resources,
                "container_image": container_image,
                "accelerator": accelerator,
                "shared_memory": shared_memory,
                "pod_template": pod_template,
            }
            given_task_only = [k for k, v in task_only.items() if v is not None]
            if given_task_only:
                raise TypeError(
                    f"{', '.join(given_task_only)} cannot be overridden on a node calling a "
                    "workflow or a launch plan: a workflow node has no task overrides "
                    "(flytekit keeps them in memory and never writes them)"
                )
        if task_config is not None:
            raise TypeError(
                "task_config cannot be overridden on a remote task's node: it has no Python "
                "task config (flytekit fails with AttributeError)"
            )
        for what, value, kind in (
            ("node_name", node_name, str),
            ("name", name, str),
            ("container_image", container_image, str),
            ("cache_version", cache_version, str),
            ("retries", retries, int),
            ("interruptible", interruptible, bool),
            ("cache", cache, bool),
            ("cache_serialize", cache_serialize, bool),
        ):
            wrong = not isinstance(value, kind) or (kind is not bool and isinstance(value, bool))
            if value is not None and wrong:
                raise TypeError(f"{what} must be a {kind.__name__}, not {value!r:.80}")
        if aliases is not None and (
            not isinstance(aliases, dict)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in aliases.items())
        ):
            raise AssertionError("Aliases should be specified as dict[str, str]")

        # everything is checked before anything changes
        new_resources = _resources(requests, limits, resources)
        metadata = _metadata(
            self.metadata, name, timeout, retries, interruptible, cache, cache_version,
            cache_serialize,
        )
        extended = _extended(self.extended_resources, accelerator, shared_memory)
        pod = _ov.as_pod_template(pod_template).to_k8s_pod() if pod_template is not None else None

        if node_name is not None:
            self.id = _ov.dnsify(node_name)
        if aliases is not None:
            self.output_aliases = [Alias(var=k, alias=v) for k, v in aliases.items()]
        if new_resources is not None:
            self.resources = new_resources
        self.metadata = metadata
        self.extended_resources = extended
        if container_image is not None:
            self.container_image = container_image
        if pod is not None:
            self.pod_template = pod
        return self


def _resources(requests: Any, limits: Any, resources: Any) -> Optional[ResourcesMessage]:
    if resources is not None:
        if limits is not None or requests is not None:
            raise ValueError(
                "`resource` can not be used together with the `limits` or `requests`. "
                "Please only set `resource`."
            )
        requests, limits = _ov.as_resources(resources, "resources").split()
    if requests is None and limits is None:
        return None
    # flytekit tests truthiness here: an empty dict is as good as None
    req = _ov.as_resources(requests, "requests") if requests else None
    lim = _ov.as_resources(limits, "limits") if limits else None
    return ResourcesMessage(
        requests=req.entries() if req is not None else [],
        limits=lim.entries() if lim is not None else [],
    )


def _metadata(
    metadata: NodeMetadata,
    name: Optional[str],
    timeout: Any,
    retries: Optional[int],
    interruptible: Optional[bool],
    cache: Optional[bool],
    cache_version: Optional[str],
    cache_serialize: Optional[bool],
) -> NodeMetadata:
    changes: dict[str, Any] = {}
    if timeout is not _UNSET:
        if timeout is None:
            changes["timeout"] = None  # flytekit's timedelta(0): not written
        elif isinstance(timeout, int) and not isinstance(timeout, bool):
            changes["timeout"] = Duration(seconds=timeout) if timeout else None
        elif isinstance(timeout, _dt.timedelta):
            changes["timeout"] = Duration.from_timedelta(timeout) if timeout else None
        else:
            raise ValueError(
                "timeout should be duration represented as either a datetime.timedelta or int "
                "seconds"
            )
    if retries is not None:
        changes["retries"] = RetryStrategy(retries=retries)
    for field_name, value in (
        ("interruptible", interruptible),
        ("name", name),
        ("cacheable", cache),
        ("cache_version", cache_version),
        ("cache_serializable", cache_serialize),
    ):
        if value is not None:
            changes[field_name] = value
    return attrs.evolve(metadata, **changes) if changes else metadata


def _extended(
    current: Optional[ExtendedResources], accelerator: Any, shared_memory: Any
) -> Optional[ExtendedResources]:
    changes: dict[str, Any] = {}
    if accelerator is not None:
        changes["gpu_accelerator"] = _ov.as_accelerator(accelerator)
    if shared_memory is not None:
        changes["shared_memory"] = _ov.shared_memory(shared_memory)
    if not changes:
        return current
    new = attrs.evolve(current or ExtendedResources(), **changes)
    return None if new == ExtendedResources() else new


def _renamed(data: BindingData, renamed: dict[str, str]) -> BindingData:
    """``data`` with promises of renamed nodes pointing at their new ids."""
    if data.promise is not None:
        new_id = renamed.get(data.promise.node_id)
        if new_id is None:
            return data
        return attrs.evolve(data, promise=attrs.evolve(data.promise, node_id=new_id))
    if data.collection is not None:
        items = [_renamed(b, renamed) for b in data.collection.bindings]
        return attrs.evolve(data, collection=attrs.evolve(data.collection, bindings=items))
    if data.map is not None:
        entries = {k: _renamed(b, renamed) for k, b in data.map.bindings.items()}
        return attrs.evolve(data, map=attrs.evolve(data.map, bindings=entries))
    return data
