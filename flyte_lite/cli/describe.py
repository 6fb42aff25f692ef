"""Short readable descriptions of tasks, workflows and launch plans: one ``ls`` line, a
record for scripts, a summary."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Optional

from flyte_lite.cli.common import KIND_NAMES
from flyte_lite.cli.entities import Entity
from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanClosure, LaunchPlanSpec
from flyte_lite.models.admin.schedule import Schedule
from flyte_lite.models.admin.workflow import WorkflowSpec
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.interface import Variable, VariableMap
from flyte_lite.models.core.tasks import Resources
from flyte_lite.models.core.workflow import WorkflowTemplate
from flyte_lite.remote import FlyteTask
from flyte_lite.views.messages import SEQUENCES
from flyte_lite.views.pretty import type_summary
from flyte_lite.views.workflows import (
    identifier_text,
    literal_text,
    names_of,
    node_kind,
    node_target,
    user_nodes,
    walk_nodes,
)
from flyte_lite.wkt import Duration

__all__ = [
    "TSV_COLUMNS",
    "duration_text",
    "entity_ls_line",
    "entity_record",
    "entity_summary_lines",
    "image_of",
    "launch_plan_record",
    "ls_line",
    "resource_ranges",
    "summary_lines",
    "task_record",
    "tsv_row",
    "workflow_record",
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
    if not isinstance(resources, Mapping):
        return {}, {}
    requests, limits = resources.get("requests"), resources.get("limits")
    return (
        requests if isinstance(requests, Mapping) else {},
        limits if isinstance(limits, Mapping) else {},
    )


def _primary_container(task: FlyteTask) -> Optional[Mapping[str, Any]]:
    pod = task.k8s_pod
    if pod is None or not isinstance(pod.pod_spec, Mapping):
        return None
    containers = pod.pod_spec.get("containers")
    if not isinstance(containers, SEQUENCES):
        return None
    wanted = pod.primary_container_name or task.config.get("primary_container_name", "")
    candidates = [c for c in containers if isinstance(c, Mapping)]
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


def _cache(task: FlyteTask) -> Optional[str]:
    metadata = task.metadata
    if metadata is None or not metadata.discoverable:
        return None
    return metadata.discovery_version


def _accelerator(task: FlyteTask) -> Optional[str]:
    """``nvidia-tesla-t4``, ``nvidia-tesla-a100:1g.5gb``, ``...:unpartitioned``; or ``None``."""
    resources = task.extended_resources
    gpu = resources.gpu_accelerator if resources is not None else None
    if gpu is None:
        return None
    text = gpu.device or UNSET
    if gpu.partition_size is not None:
        text += f":{gpu.partition_size}"
    elif gpu.unpartitioned:
        text += ":unpartitioned"
    return text


def _secrets(task: FlyteTask) -> list[str]:
    """``group/key`` of each secret the task asks for; never a value (a task holds none)."""
    context = task.security_context
    secrets = context.secrets if context is not None else []
    return [f"{s.group}/{s.key}" if s.key else s.group for s in secrets]


def task_record(task: FlyteTask) -> dict[str, Any]:
    """What ``ls`` shows of a task, as JSON data: ``None``/empty where unset."""
    metadata = task.metadata
    ident = task.id
    return {
        "name": task.name,
        "project": ident.project,
        "domain": ident.domain,
        "version": ident.version,
        "type": task.type,
        "image": _unset_none(image_of(task)),
        "resources": {
            name: {"request": _unset_none(request), "limit": _unset_none(limit)}
            for name, (request, limit) in resource_ranges(task).items()
        },
        "accelerator": _accelerator(task),
        "retries": _retries(task),
        "timeout": _unset_none(_timeout(task)),
        "cache": _cache(task),
        "cache_serializable": metadata.cache_serializable if metadata is not None else False,
        "interruptible": metadata.interruptible if metadata is not None else None,
        "pod_template": (metadata.pod_template_name if metadata is not None else "") or None,
        "secrets": _secrets(task),
        "deprecated": (metadata.deprecated_error_message if metadata is not None else "") or None,
        "inputs": _variable_types(task.interface.inputs),
        "outputs": _variable_types(task.interface.outputs),
    }


def _unset_none(text: str) -> Optional[str]:
    return None if text == UNSET else text


def _variable_types(variables: Mapping[str, Variable]) -> dict[str, str]:
    return {name: type_summary(variables[name].type) for name in sorted(variables)}


def _timeout(task: FlyteTask) -> str:
    return duration_text(task.metadata.timeout if task.metadata is not None else None)


def _word(value: str) -> str:
    """A value as one word of a line: quoted (JSON) when it has spaces or is empty."""
    if value and value.isprintable() and " " not in value and '"' not in value:
        return value
    return json.dumps(value, ensure_ascii=False)


def _optional_words(record: Mapping[str, Any]) -> list[str]:
    """``key=value`` words for what is set only: accelerator, flags, identity."""
    words = []
    if record["accelerator"] is not None:
        words.append(f"accelerator={_word(record['accelerator'])}")
    if record["cache_serializable"]:
        words.append("cache_serializable=true")
    if record["interruptible"] is not None:
        words.append(f"interruptible={'true' if record['interruptible'] else 'false'}")
    if record["pod_template"]:
        words.append(f"pod_template={_word(record['pod_template'])}")
    if record["secrets"]:
        words.append(f"secrets={_word(','.join(record['secrets']))}")
    if record["deprecated"]:
        words.append(f"deprecated={_word(record['deprecated'])}")
    words.extend(f"{key}={_word(record[key])}" for key in ("project", "domain", "version")
                 if record[key])
    return words


def ls_line(task: FlyteTask) -> str:
    """One line: name, type, image, resources as request/limit, retries, timeout, cache
    version, what else is set (accelerator, interruptible, secrets, ..., project, domain,
    version), then ``(inputs) -> (outputs)``."""
    record = task_record(task)
    resources = " ".join(
        f"{name}={_word(pair['request'] or UNSET)}/{_word(pair['limit'] or UNSET)}"
        for name, pair in record["resources"].items()
    )
    cache = record["cache"]
    words = [
        _word(record["name"]),
        _word(record["type"] or UNSET),
        f"image={_word(record['image'] or UNSET)}",
        resources,
        f"retries={record['retries']}",
        f"timeout={record['timeout'] or UNSET}",
        f"cache={UNSET if cache is None else _word(cache)}",
        *_optional_words(record),
        f"{_types_text(record['inputs'])} -> {_types_text(record['outputs'])}",
    ]
    return " ".join(words)


def _types_text(types: Mapping[str, str]) -> str:
    return f"({', '.join(f'{name}: {kind}' for name, kind in types.items())})"


#: The columns of ``ls --format tsv``, after the header line that names them.
TSV_COLUMNS = (
    "name", "project", "domain", "version", "type", "image",
    "cpu_request", "cpu_limit", "mem_request", "mem_limit", "gpu_request", "gpu_limit",
    "accelerator", "retries", "timeout", "cache", "cache_serializable", "interruptible",
    "pod_template", "secrets", "deprecated", "inputs", "outputs",
    "kind", "nodes", "tasks", "workflow", "schedule", "fixed_inputs", "default_inputs",
)


def tsv_row(record: Mapping[str, Any]) -> list[str]:
    """An :func:`entity_record` as the values of :data:`TSV_COLUMNS` (empty where unset)."""
    flat = dict(record)
    if "resources" in record:
        for name in ("cpu", "mem", "gpu"):
            flat[f"{name}_request"] = record["resources"][name]["request"]
            flat[f"{name}_limit"] = record["resources"][name]["limit"]
    for key in ("secrets", "tasks"):
        if key in record:
            flat[key] = ",".join(record[key])
    for side, separator in (("inputs", ": "), ("outputs", ": "), ("fixed_inputs", " = "),
                            ("default_inputs", ": ")):
        if side in record:
            flat[side] = ", ".join(f"{k}{separator}{v}" for k, v in record[side].items())
    return [_tsv_value(flat.get(column)) for column in TSV_COLUMNS]


def _tsv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace(
        "\r", "\\r"
    )


def summary_lines(task: FlyteTask) -> list[str]:
    """A few aligned ``key: value`` lines describing ``task``, for ``show --format summary``."""
    record = task_record(task)
    resources = ", ".join(
        f"{name} {request}/{limit}" for name, (request, limit) in resource_ranges(task).items()
    )
    cache = record["cache"]
    cache_text = UNSET if cache is None else (cache or '""')
    if record["cache_serializable"]:
        cache_text += " (serializable)"
    rows = [
        ("task", task.name),
        ("project", record["project"] or UNSET),
        ("domain", record["domain"] or UNSET),
        ("version", record["version"] or UNSET),
        ("type", task.type or UNSET),
        ("image", image_of(task)),
        ("resources", f"{resources} (request/limit)"),
    ]
    if record["accelerator"] is not None:
        rows.append(("accelerator", record["accelerator"]))
    rows += [
        ("retries", str(record["retries"])),
        ("timeout", _timeout(task)),
        ("cache", cache_text),
    ]
    if record["interruptible"] is not None:
        rows.append(("interruptible", "yes" if record["interruptible"] else "no"))
    if record["pod_template"]:
        rows.append(("pod template", record["pod_template"]))
    if record["secrets"]:
        rows.append(("secrets", ", ".join(record["secrets"])))
    if record["deprecated"]:
        rows.append(("deprecated", record["deprecated"]))
    rows += [
        ("inputs", _types_text(record["inputs"])[1:-1] or UNSET),
        ("outputs", _types_text(record["outputs"])[1:-1] or UNSET),
    ]
    docs = task.docs
    if docs is not None and docs.short_description:
        rows.append(("description", docs.short_description))
    width = max(len(key) for key, _ in rows) + 1
    return [f"{key + ':':<{width}} {value}" for key, value in rows]


# --- workflows and launch plans ---------------------------------------------------------------


def entity_record(entity: Entity) -> dict[str, Any]:
    """What ``ls`` shows of an entity, as JSON data, with its ``kind`` first."""
    if entity.kind == "workflow":
        assert isinstance(entity.message, WorkflowSpec)
        body = workflow_record(entity.message)
    elif entity.kind == "launch plan":
        assert isinstance(entity.message, LaunchPlan)
        body = launch_plan_record(entity.message)
    else:
        assert entity.task is not None
        body = task_record(entity.task)
    return {"kind": KIND_WORDS[entity.kind], **body}


#: How records and lines name each kind of entity: one word (as ``--kind`` does).
KIND_WORDS = {entity: word for word, entity in KIND_NAMES.items()}


def _identity(ident: Optional[Identifier]) -> dict[str, Any]:
    ident = ident or Identifier()
    return {
        "name": ident.name,
        "project": ident.project,
        "domain": ident.domain,
        "version": ident.version,
    }


def workflow_record(spec: WorkflowSpec) -> dict[str, Any]:
    """A workflow: identity, node count (top level), inputs, outputs, and the tasks,
    subworkflows and launch plans its nodes call (inside branches, arrays, failure nodes
    and the spec's sub-workflows too, as flytekit's ``flyte_tasks`` counts them)."""
    template = spec.template or WorkflowTemplate()
    interface = template.interface
    nodes = [
        node
        for each in (template, *spec.sub_workflows)
        for node in walk_nodes(user_nodes(each, failure=True))
    ]
    targets = {kind: names_of([node_target(n) for n in nodes if node_kind(n) == kind])
               for kind in ("task", "subworkflow", "launchplan")}
    return {
        **_identity(template.id),
        "nodes": len(user_nodes(template)),
        "tasks": targets["task"],
        "subworkflows": targets["subworkflow"],
        "launch_plans": targets["launchplan"],
        "failure_node": template.failure_node is not None,
        "inputs": _variable_types(_variables(interface.inputs if interface else None)),
        "outputs": _variable_types(_variables(interface.outputs if interface else None)),
    }


def _variables(variables: Optional[VariableMap]) -> Mapping[str, Variable]:
    return variables.variables if variables is not None else {}


def launch_plan_record(plan: LaunchPlan) -> dict[str, Any]:
    """A launch plan: identity, its workflow, schedule, fixed and default inputs."""
    spec = plan.spec or LaunchPlanSpec()
    metadata = spec.entity_metadata
    parameters = spec.default_inputs.parameters if spec.default_inputs is not None else {}
    fixed = spec.fixed_inputs.literals if spec.fixed_inputs is not None else {}
    defaults = {}
    for name in sorted(parameters):
        parameter = parameters[name]
        kind = type_summary(parameter.var.type if parameter.var is not None else None)
        if parameter.default is not None:
            defaults[name] = f"{kind} = {literal_text(parameter.default)}"
        else:
            defaults[name] = f"{kind} (required)" if parameter.required else kind
    return {
        **_identity(plan.id),
        "state": _state(plan.closure),
        "workflow": spec.workflow_id.name if spec.workflow_id is not None else None,
        "workflow_id": identifier_text(spec.workflow_id) if spec.workflow_id else None,
        "schedule": schedule_text(metadata.schedule if metadata is not None else None),
        "notifications": len(metadata.notifications) if metadata is not None else 0,
        "fixed_inputs": {name: literal_text(fixed[name]) for name in sorted(fixed)},
        "default_inputs": defaults,
    }


def _state(closure: Optional[LaunchPlanClosure]) -> Optional[str]:
    """FlyteAdmin's ACTIVE/INACTIVE; ``None`` for a closure FlyteAdmin did not fill in
    (pyflyte writes one with only the empty expected inputs and outputs)."""
    if closure is None or (closure.state == 0 and closure.created_at is None
                           and closure.updated_at is None):
        return None
    return _enum_text(closure.state)


def schedule_text(schedule: Optional[Schedule]) -> Optional[str]:
    """``cron(0 */6 * * *)``, ``rate(10 MINUTE)``, with ``kickoff=ARG``; ``None`` unset."""
    if schedule is None:
        return None
    if schedule.cron_schedule is not None:
        cron = schedule.cron_schedule
        text = f"cron({cron.schedule}{' offset ' + cron.offset if cron.offset else ''})"
    elif schedule.cron_expression is not None:
        text = f"cron({schedule.cron_expression})"
    elif schedule.rate is not None:
        text = f"rate({schedule.rate.value} {_enum_text(schedule.rate.unit)})"
    else:
        text = "(empty)"
    if schedule.kickoff_time_input_arg:
        text += f" kickoff={schedule.kickoff_time_input_arg}"
    return text


def _enum_text(value: int) -> str:
    """An enum value's name; a number the schema does not know as itself."""
    return getattr(value, "name", str(int(value)))


def _list_word(key: str, values: list[str]) -> list[str]:
    return [f"{key}={_word(','.join(values))}"] if values else []


def _map_text(values: Mapping[str, str], separator: str) -> str:
    return f"({', '.join(f'{name}{separator}{value}' for name, value in values.items())})"


def entity_ls_line(entity: Entity) -> str:
    """One ``ls`` line of a task (:func:`ls_line`), workflow or launch plan."""
    if entity.task is not None:
        return ls_line(entity.task)
    record = entity_record(entity)
    identity = [f"{key}={_word(record[key])}" for key in ("project", "domain", "version")
                if record[key]]
    if entity.kind == "workflow":
        words = [
            _word(record["name"]),
            "workflow",
            f"nodes={record['nodes']}",
            *_list_word("tasks", record["tasks"]),
            *_list_word("subworkflows", record["subworkflows"]),
            *_list_word("launchplans", record["launch_plans"]),
            *(["failure_node=true"] if record["failure_node"] else []),
            *identity,
            f"{_types_text(record['inputs'])} -> {_types_text(record['outputs'])}",
        ]
    else:
        words = [
            _word(record["name"]),
            "launchplan",
            *([f"state={record['state']}"] if record["state"] else []),
            f"workflow={_word(record['workflow'] or UNSET)}",
            f"schedule={_word(record['schedule'] or UNSET)}",
            *identity,
            f"fixed={_word(_map_text(record['fixed_inputs'], '='))}",
            f"defaults={_word(_map_text(record['default_inputs'], ': '))}",
        ]
    return " ".join(words)


def entity_summary_lines(entity: Entity) -> list[str]:
    """``show --format summary`` of a task (:func:`summary_lines`), workflow or launch plan."""
    if entity.task is not None:
        return summary_lines(entity.task)
    record = entity_record(entity)
    rows = [
        ("workflow" if entity.kind == "workflow" else "launch plan", record["name"]),
        *((key, record[key] or UNSET) for key in ("project", "domain", "version")),
    ]
    if entity.kind == "workflow":
        rows += [
            ("nodes", str(record["nodes"])),
            ("tasks", ", ".join(record["tasks"]) or UNSET),
        ]
        if record["subworkflows"]:
            rows.append(("subworkflows", ", ".join(record["subworkflows"])))
        if record["launch_plans"]:
            rows.append(("launch plans", ", ".join(record["launch_plans"])))
        if record["failure_node"]:
            rows.append(("failure node", "yes"))
        rows += [
            ("inputs", _types_text(record["inputs"])[1:-1] or UNSET),
            ("outputs", _types_text(record["outputs"])[1:-1] or UNSET),
        ]
    else:
        if record["state"]:
            rows.append(("state", record["state"]))
        rows += [
            ("runs", record["workflow_id"] or UNSET),
            ("schedule", record["schedule"] or UNSET),
            ("notifications", str(record["notifications"])),
            ("fixed inputs", _map_text(record["fixed_inputs"], " = ")[1:-1] or UNSET),
            ("default inputs", _map_text(record["default_inputs"], ": ")[1:-1] or UNSET),
        ]
    width = max(len(key) for key, _ in rows) + 1
    return [f"{key + ':':<{width}} {value}" for key, value in rows]
