"""The values ``with_overrides`` takes, as flyte_lite's own small types (no flytekit needed).

- :class:`Resources`: flytekit's ``Resources`` (``cpu``, ``mem``, ``gpu``,
  ``ephemeral_storage``; a 2-item list or tuple is ``(request, limit)`` when given as
  ``resources=``).
- :class:`PodTemplate`: flytekit's ``PodTemplate``, with ``pod_spec`` as a plain dict (the
  JSON of a Kubernetes ``PodSpec``) instead of a ``kubernetes.client.V1PodSpec``.
- accelerators: ``flyte_lite.models.core.tasks.GPUAccelerator`` messages; the constants
  below are flytekit's (``T4``, ``A100``, ...). A partition is
  ``attrs.evolve(A100, partition_size="1g.5gb")``, a whole MIG device
  ``attrs.evolve(A100, unpartitioned=True)``.

flytekit's own ``Resources``, ``PodTemplate`` (with a dict ``pod_spec``) and accelerator
objects are accepted too, read through their attributes and ``to_flyte_idl()``.
"""

from __future__ import annotations

from typing import Any, Optional, Union

import attrs

from flyte_lite.models.core.tasks import (
    GPUAccelerator,
    K8sObjectMetadata,
    K8sPod,
    SharedMemory,
)
from flyte_lite.models.core.tasks import (
    Resources as ResourcesMessage,
)

__all__ = [
    "A10G",
    "A100",
    "A100_80GB",
    "K80",
    "L4",
    "L4_VWS",
    "M60",
    "P4",
    "P100",
    "T4",
    "V100",
    "PodTemplate",
    "Resources",
    "dnsify",
]

A10G = GPUAccelerator(device="nvidia-a10g")
L4 = GPUAccelerator(device="nvidia-l4")
L4_VWS = GPUAccelerator(device="nvidia-l4-vws")
K80 = GPUAccelerator(device="nvidia-tesla-k80")
M60 = GPUAccelerator(device="nvidia-tesla-m60")
P4 = GPUAccelerator(device="nvidia-tesla-p4")
P100 = GPUAccelerator(device="nvidia-tesla-p100")
T4 = GPUAccelerator(device="nvidia-tesla-t4")
V100 = GPUAccelerator(device="nvidia-tesla-v100")
A100 = GPUAccelerator(device="nvidia-tesla-a100")
A100_80GB = GPUAccelerator(device="nvidia-a100-80gb")

# flytekit's names for the shared memory volume (flytekit.core.constants)
SHARED_MEMORY_MOUNT_NAME = "flyte-shared-memory"
SHARED_MEMORY_MOUNT_PATH = "/dev/shm"

_Quantity = Union[str, int, float]
_RESOURCE_KINDS = (
    ("cpu", ResourcesMessage.ResourceName.CPU, (str, int, float)),
    ("mem", ResourcesMessage.ResourceName.MEMORY, (str, int)),
    ("gpu", ResourcesMessage.ResourceName.GPU, (str, int)),
    ("ephemeral_storage", ResourcesMessage.ResourceName.EPHEMERAL_STORAGE, (str, int)),
)


def _check_quantity(kinds: tuple[type, ...], pairs: bool) -> Any:
    names = ", ".join(k.__name__ for k in kinds)

    def one(value: Any) -> bool:
        return isinstance(value, kinds) and not isinstance(value, bool)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None or one(value):
            return
        if pairs and isinstance(value, (list, tuple)) and all(one(v) for v in value):
            if len(value) != 2:
                raise ValueError(f"{value} must be of length 2")
            return
        raise AssertionError(f"{value} should be of type {names} or a list/tuple of {names}")

    return check


@attrs.frozen
class Resources:
    """CPU, memory, GPU and ephemeral storage quantities, as flytekit's ``Resources``.

    ``Resources(cpu="1", mem="2Gi")``; with ``resources=``, ``cpu=("1", "2")`` means a
    request of 1 and a limit of 2 (a single value is a request only).
    """

    cpu: Union[_Quantity, tuple[_Quantity, _Quantity], None] = attrs.field(
        default=None, validator=_check_quantity((str, int, float), True)
    )
    mem: Union[str, int, tuple[Union[str, int], Union[str, int]], None] = attrs.field(
        default=None, validator=_check_quantity((str, int), True)
    )
    gpu: Union[str, int, tuple[Union[str, int], Union[str, int]], None] = attrs.field(
        default=None, validator=_check_quantity((str, int), True)
    )
    ephemeral_storage: Union[str, int, None] = attrs.field(
        default=None, validator=_check_quantity((str, int), False)
    )

    def entries(self) -> list[ResourcesMessage.ResourceEntry]:
        """The ``ResourceEntry`` messages, in flytekit's order (cpu, memory, gpu, storage)."""
        out = []
        for name, resource, _ in _RESOURCE_KINDS:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                raise ValueError(f"{value} can not be a list or tuple")
            out.append(ResourcesMessage.ResourceEntry(name=resource, value=str(value)))
        return out

    def split(self) -> tuple[Resources, Resources]:
        """``(requests, limits)``: pairs split, single values as requests only."""
        requests: dict[str, Any] = {}
        limits: dict[str, Any] = {}
        for name, _, _ in _RESOURCE_KINDS:
            value = getattr(self, name)
            if isinstance(value, (list, tuple)):
                requests[name], limits[name] = value
            elif value is not None:
                requests[name] = value
        return Resources(**requests), Resources(**limits)


def _str_map(value: Any, what: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise TypeError(f"PodTemplate {what} must map str to str, got {value!r:.80}")
    return dict(value)


@attrs.frozen
class PodTemplate:
    """A pod template for a node: flytekit's ``PodTemplate`` with ``pod_spec`` as a dict."""

    pod_spec: dict[str, Any] = attrs.field(factory=dict)
    primary_container_name: str = "primary"
    labels: Optional[dict[str, str]] = None
    annotations: Optional[dict[str, str]] = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.pod_spec, dict):
            raise TypeError(
                "PodTemplate pod_spec must be a dict (a Kubernetes PodSpec as JSON), "
                f"not {type(self.pod_spec).__name__}"
            )
        if not isinstance(self.primary_container_name, str) or not self.primary_container_name:
            raise ValueError("A primary container name cannot be undefined")
        _str_map(self.labels, "labels")
        _str_map(self.annotations, "annotations")

    def to_k8s_pod(self) -> K8sPod:
        """The ``K8sPod`` flytekit's ``TaskNodeOverrides`` writes for this template."""
        return K8sPod(
            metadata=K8sObjectMetadata(
                labels=_str_map(self.labels, "labels"),
                annotations=_str_map(self.annotations, "annotations"),
            ),
            pod_spec=self.pod_spec,
            primary_container_name=self.primary_container_name,
        )


def as_resources(value: Any, what: str) -> Resources:
    """``value`` as flyte_lite :class:`Resources` (flytekit's are read by attribute)."""
    if isinstance(value, Resources):
        return value
    if all(hasattr(value, name) for name, _, _ in _RESOURCE_KINDS):
        return Resources(**{name: getattr(value, name) for name, _, _ in _RESOURCE_KINDS})
    raise AssertionError(
        f"{what} should be specified as flytekit.Resources (or flyte_lite.remote.Resources), "
        f"got {type(value).__name__}"
    )


def as_accelerator(value: Any) -> GPUAccelerator:
    """``value`` as a ``GPUAccelerator`` message (flytekit's through ``to_flyte_idl()``)."""
    if isinstance(value, GPUAccelerator):
        return value
    to_idl = getattr(value, "to_flyte_idl", None)
    if callable(to_idl):
        idl = to_idl()
        name = getattr(getattr(idl, "DESCRIPTOR", None), "full_name", None)
        if name == GPUAccelerator.full_name:
            return GPUAccelerator.from_bytes(idl.SerializeToString())
    raise TypeError(
        "accelerator must be a GPUAccelerator (flyte_lite.remote.T4, A100, ...) or a "
        f"flytekit accelerator, not {type(value).__name__}"
    )


def as_pod_template(value: Any) -> PodTemplate:
    """``value`` as flyte_lite :class:`PodTemplate` (flytekit's are read by attribute)."""
    if isinstance(value, PodTemplate):
        return value
    if hasattr(value, "pod_spec") and hasattr(value, "primary_container_name"):
        return PodTemplate(
            pod_spec=value.pod_spec,
            primary_container_name=value.primary_container_name,
            labels=getattr(value, "labels", None),
            annotations=getattr(value, "annotations", None),
        )
    raise TypeError(f"pod_template must be a PodTemplate, not {type(value).__name__}")


def shared_memory(value: Any) -> Optional[SharedMemory]:
    """flytekit's shared memory volume: ``True`` sized as the memory, a str its size."""
    if value is True or isinstance(value, str):
        return SharedMemory(
            mount_path=SHARED_MEMORY_MOUNT_PATH,
            mount_name=SHARED_MEMORY_MOUNT_NAME,
            size_limit="" if value is True else value,
        )
    if value is False:
        return None
    raise TypeError(f"shared_memory must be True or a size str, not {value!r:.80}")


def dnsify(value: str) -> str:
    """A node id as flytekit makes one: a DNS-1123 label (flytekit's ``_dnsify``).

    ``_``, ``-`` and ``.`` become ``-`` (dropped at the start), other non-alphanumerics are
    dropped, an upper-case letter becomes ``-`` and its lower case. Names of 63 characters or
    more start with 10 hex digits of their SHA-224 and keep their last 52 characters; a
    trailing ``-`` is dropped.
    """
    limit = 63
    if len(value) >= limit:
        import hashlib  # only for long names: hashlib loads OpenSSL

        digest = hashlib.sha224(value.encode("utf-8")).hexdigest()[:10]
        value = f"{digest}-{value[-(limit - 10 - 1):]}"
    res = ""
    for ch in value:
        if ch in "_-.":
            if res and len(res) < limit - 1:
                res += "-"
        elif not ch.isalnum():
            continue
        elif ch.islower() or ch.isdigit():
            res += ch
        else:
            if res and res[-1] != "-" and len(res) < limit - 1:
                res += "-"
            res += ch.lower()
    return res[:-1] if res.endswith("-") else res
