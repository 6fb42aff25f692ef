"""Short readable descriptions of a task: type names, resources, one ``ls`` line, a summary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Optional

from flyte_lite.models.core.interface import Variable
from flyte_lite.models.core.tasks import Resources
from flyte_lite.remote import FlyteTask
from flyte_lite.remote.pretty import type_summary
from flyte_lite.wkt import Duration

__all__ = [
    "duration_text",
    "image_of",
    "ls_line",
    "resource_ranges",
    "signature_text",
    "summary_lines",
]


#: The resources ``ls`` always shows, then the others that are set, by their short names.
_RESOURCE_NAMES = {
    Resources.ResourceName.CPU: "cpu",
    Resources.ResourceName.MEMORY: "mem",
    Resources.ResourceName.GPU: "gpu",
    Resources.ResourceName.EPHEMERAL_STORAGE: "ephemeral_storage",
    Resources.ResourceName.STORAGE: "storage",
}
_ALWAYS_SHOWN = ("cpu", "mem", "gpu")
#: Kubernetes resource names (in a pod spec) -> the short names above.
_K8S_RESOURCE_NAMES = {
    "cpu": "cpu",
    "memory": "mem",
    "nvidia.com/gpu": "gpu",
    "ephemeral-storage": "ephemeral_storage",
}
UNSET = "-"


def signature_text(inputs: Mapping[str, Variable], outputs: Mapping[str, Variable]) -> str:
    """``(x: int, y: str) -> (o0: float)``, each side sorted by name."""
    return f"{_variables_text(inputs)} -> {_variables_text(outputs)}"


def _variables_text(variables: Mapping[str, Variable]) -> str:
    parts = (f"{name}: {type_summary(variables[name].type)}" for name in sorted(variables))
    return f"({', '.join(parts)})"


def duration_text(duration: Optional[Duration]) -> str:
    """``1h30m``, ``45s``, ``1.5s``, ``0s``; ``-`` when unset."""
    if duration is None:
        return UNSET
    total = duration.total_nanos()
    sign = "-" if total < 0 else ""
    seconds, nanos = divmod(abs(total), 1_000_000_000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes else "")
    if seconds or nanos or not text:
        fraction = f"{nanos:09d}".rstrip("0")
        text += f"{seconds}.{fraction}s" if fraction else f"{seconds}s"
    return sign + text


def resource_ranges(task: FlyteTask) -> dict[str, tuple[str, str]]:
    """Resource short name -> (request, limit), ``-`` where unset.

    Read from ``template.container.resources``, or for a pod task from the primary
    container of the pod spec. ``cpu``, ``mem`` and ``gpu`` are always present.
    """
    found: dict[str, list[str]] = {name: [UNSET, UNSET] for name in _ALWAYS_SHOWN}
    container = task.container
    if container is not None and container.resources is not None:
        for side, entries in enumerate((container.resources.requests, container.resources.limits)):
            for entry in entries:
                name = _resource_name(entry.name)
                found.setdefault(name, [UNSET, UNSET])[side] = entry.value
    else:
        for side, values in enumerate(_pod_resources(task)):
            for k8s_name, value in values.items():
                name = _K8S_RESOURCE_NAMES.get(k8s_name, k8s_name)
                found.setdefault(name, [UNSET, UNSET])[side] = str(value)
    return {name: (pair[0], pair[1]) for name, pair in found.items()}


def _resource_name(value: Any) -> str:
    if value in _RESOURCE_NAMES:
        return _RESOURCE_NAMES[value]
    if isinstance(value, Resources.ResourceName):
        return value.name.lower()
    return f"resource_{int(value)}"  # a number this version does not know


def _pod_resources(task: FlyteTask) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    """(requests, limits) of the pod spec's primary container; empty when there are none."""
    primary = _primary_container(task)
    resources = primary.get("resources") if primary is not None else None
    if not isinstance(resources, dict):
        return {}, {}
    requests, limits = resources.get("requests"), resources.get("limits")
    return (
        requests if isinstance(requests, dict) else {},
        limits if isinstance(limits, dict) else {},
    )


def _primary_container(task: FlyteTask) -> Optional[dict[str, Any]]:
    pod = task.k8s_pod
    if pod is None or not isinstance(pod.pod_spec, dict):
        return None
    containers = pod.pod_spec.get("containers")
    if not isinstance(containers, list):
        return None
    wanted = pod.primary_container_name or task.config.get("primary_container_name", "")
    candidates = [c for c in containers if isinstance(c, dict)]
    for container in candidates:
        if container.get("name") == wanted:
            return container
    return candidates[0] if candidates else None


def image_of(task: FlyteTask) -> str:
    """The container image, or the pod's primary container image; ``-`` for neither."""
    if task.container is not None:
        return task.container.image or UNSET
    primary = _primary_container(task)
    image = primary.get("image") if primary is not None else None
    return image if isinstance(image, str) and image else UNSET


def _retries(task: FlyteTask) -> int:
    metadata = task.metadata
    if metadata is None or metadata.retries is None:
        return 0
    return metadata.retries.retries


def _cache(task: FlyteTask) -> str:
    metadata = task.metadata
    if metadata is None or not metadata.discoverable:
        return UNSET
    return metadata.discovery_version or '""'


def _timeout(task: FlyteTask) -> str:
    return duration_text(task.metadata.timeout if task.metadata is not None else None)


def ls_line(task: FlyteTask) -> str:
    """One line: name, type, image, resources as request/limit, retries, timeout, cache
    version, then ``(inputs) -> (outputs)``."""
    resources = " ".join(
        f"{name}={request}/{limit}" for name, (request, limit) in resource_ranges(task).items()
    )
    return (
        f"{task.name} {task.type or UNSET} image={image_of(task)} {resources} "
        f"retries={_retries(task)} timeout={_timeout(task)} cache={_cache(task)} "
        f"{signature_text(task.interface.inputs, task.interface.outputs)}"
    )


def summary_lines(task: FlyteTask) -> list[str]:
    """A few aligned ``key: value`` lines describing ``task``, for ``show --format summary``."""
    resources = ", ".join(
        f"{name} {request}/{limit}" for name, (request, limit) in resource_ranges(task).items()
    )
    inputs, outputs = task.interface.inputs, task.interface.outputs
    rows = [
        ("task", task.name),
        ("type", task.type or UNSET),
        ("image", image_of(task)),
        ("resources", f"{resources} (request/limit)"),
        ("retries", str(_retries(task))),
        ("timeout", _timeout(task)),
        ("cache", _cache(task)),
        ("inputs", _variables_text(inputs)[1:-1] or UNSET),
        ("outputs", _variables_text(outputs)[1:-1] or UNSET),
    ]
    docs = task.docs
    if docs is not None and docs.short_description:
        rows.append(("description", docs.short_description))
    width = max(len(key) for key, _ in rows) + 1
    return [f"{key + ':':<{width}} {value}" for key, value in rows]
