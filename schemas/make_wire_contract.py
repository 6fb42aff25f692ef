"""Write schemas/wire_contract.json: the wire layout of every message flyte_lite models.

The facts (names, numbers, types, labels, oneofs, map keys and values, enum values)
are read from the descriptors of the installed flyteidl package; nothing is copied
from .proto files. Run with flyteidl installed:

    python schemas/make_wire_contract.py            # rewrite the snapshot
    python schemas/make_wire_contract.py --check    # exit 1 if it is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SNAPSHOT = Path(__file__).with_name("wire_contract.json")

# The roots: everything reachable from these is modelled.
ROOTS = (
    "flyteidl.admin.TaskSpec",
    "flyteidl.admin.Task",
    "flyteidl.core.Node",
    # workflows and launch plans: specs, admin entities, compiled closures
    "flyteidl.admin.WorkflowSpec",
    "flyteidl.admin.Workflow",
    "flyteidl.core.CompiledWorkflowClosure",
    "flyteidl.admin.LaunchPlanSpec",
    "flyteidl.admin.LaunchPlan",
    # the empty message that holds the Phase enum Notification uses
    "flyteidl.core.WorkflowExecution",
    # FlyteAdmin's HTTP API (flyte_lite.remote.admin): requests, responses, errors
    "flyteidl.admin.ObjectGetRequest",
    "flyteidl.admin.ResourceListRequest",
    "flyteidl.admin.NamedEntityIdentifierListRequest",
    "flyteidl.admin.NamedEntityIdentifierList",
    "flyteidl.admin.TaskList",
    "flyteidl.admin.TaskCreateRequest",
    "flyteidl.admin.TaskCreateResponse",
    "flyteidl.admin.WorkflowList",
    "flyteidl.admin.WorkflowCreateRequest",
    "flyteidl.admin.WorkflowCreateResponse",
    "flyteidl.admin.LaunchPlanList",
    "flyteidl.admin.LaunchPlanCreateRequest",
    "flyteidl.admin.LaunchPlanCreateResponse",
    "flyteidl.admin.LaunchPlanUpdateRequest",
    "flyteidl.admin.LaunchPlanUpdateResponse",
    "flyteidl.admin.ActiveLaunchPlanRequest",
    "flyteidl.admin.ProjectListRequest",
    "flyteidl.admin.Projects",
    "google.rpc.Status",
)

_TYPE_NAMES = {
    1: "double", 2: "float", 3: "int64", 4: "uint64", 5: "int32", 6: "fixed64",
    7: "fixed32", 8: "bool", 9: "string", 10: "group", 11: "message", 12: "bytes",
    13: "uint32", 14: "enum", 15: "sfixed32", 16: "sfixed64", 17: "sint32", 18: "sint64",
}


def _field(f: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": f.name,
        "number": f.number,
        "type": _TYPE_NAMES[f.type],
        "label": "repeated" if f.is_repeated else "optional",
        "json_name": f.json_name,
    }
    if f.message_type is not None:
        out["type_name"] = f.message_type.full_name
        entry = f.message_type
        if entry.GetOptions().map_entry:
            key, value = entry.fields_by_name["key"], entry.fields_by_name["value"]
            out["map"] = {
                "key": _TYPE_NAMES[key.type],
                "value": _TYPE_NAMES[value.type],
                "value_type_name": (
                    value.message_type.full_name if value.message_type else
                    value.enum_type.full_name if value.enum_type else None
                ),
            }
    if f.enum_type is not None:
        out["type_name"] = f.enum_type.full_name
    real_oneof = f.containing_oneof
    if real_oneof is not None:
        out["oneof"] = real_oneof.name
    out["presence"] = bool(f.has_presence)
    if f.is_repeated and f.type not in (9, 11, 12):
        out["packed"] = bool(f.is_packed)
    return out


def build() -> dict[str, Any]:
    import flyteidl.admin.launch_plan_pb2
    import flyteidl.admin.project_pb2
    import flyteidl.admin.task_pb2
    import flyteidl.admin.workflow_pb2
    import flyteidl.core.compiler_pb2
    import flyteidl.core.execution_pb2
    import flyteidl.core.workflow_pb2  # noqa: F401
    import google.rpc.status_pb2  # noqa: F401
    from google.protobuf import symbol_database

    pool = symbol_database.Default().pool
    messages: dict[str, Any] = {}
    enums: dict[str, Any] = {}

    def walk(desc: Any) -> None:
        if desc.full_name in messages:
            return
        messages[desc.full_name] = desc
        for f in desc.fields:
            if f.message_type is not None:
                walk(f.message_type)
            if f.enum_type is not None:
                enums[f.enum_type.full_name] = f.enum_type

    for root in ROOTS:
        walk(pool.FindMessageTypeByName(root))

    return {
        "flyteidl": _flyteidl_version(),
        "roots": list(ROOTS),
        "messages": {
            name: {
                "file": desc.file.name,
                "map_entry": bool(desc.GetOptions().map_entry),
                "fields": [_field(f) for f in sorted(desc.fields, key=lambda f: f.number)],
            }
            for name, desc in sorted(messages.items())
        },
        "enums": {
            name: {v.name: v.number for v in desc.values} for name, desc in sorted(enums.items())
        },
    }


def _flyteidl_version() -> str:
    from importlib.metadata import version

    return version("flyteidl")


def render(contract: dict[str, Any]) -> str:
    return json.dumps(contract, indent=1, sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        if SNAPSHOT.read_text() != text:
            print(f"{SNAPSHOT} is stale: rerun {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    SNAPSHOT.write_text(text)
    print(f"wrote {SNAPSHOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
