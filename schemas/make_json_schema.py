"""Write JSON Schemas (draft 2020-12) for the protobuf JSON of Flyte's registered entities.

    python schemas/make_json_schema.py          # rewrites schemas/*.schema.json
    python schemas/make_json_schema.py --check  # exit 1 if a committed file is stale

Generated from the flyte_lite classes' field declarations, so it describes exactly the
JSON that ``json_format`` (and flyte_lite) write with any options, and that FlyteAdmin
and ``flytectl`` send: either field name (lowerCamelCase or proto), ``null`` for any
unset field, integers as numbers or strings (64-bit ones are written as strings), enums
as names or numbers, bytes as base64 (standard or URL-safe), ``Duration``/``Timestamp``
strings, ``Struct`` as any object, ``Any`` as ``{}`` or an object with ``@type`` (the held
message is not checked), at most one non-null member per oneof, and no other
fields (``json_format.Parse`` rejects unknown fields unless told to ignore them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import flyte_lite
from flyte_lite.wire import specs_of
from flyte_lite.wire.fields import SCALARS, EnumKind, FieldSpec, MapKind, MessageKind, Scalar

HERE = Path(__file__).parent
ROOTS = (
    "flyteidl.admin.TaskSpec",
    "flyteidl.core.TaskTemplate",
    "flyteidl.admin.Task",
    "flyteidl.admin.WorkflowSpec",
    "flyteidl.admin.Workflow",
    "flyteidl.admin.LaunchPlan",
)
DIALECT = "https://json-schema.org/draft/2020-12/schema"

NULL = {"type": "null"}
DURATION = {
    "type": "string",
    "pattern": r"^-?[0-9]+(\.[0-9]{0,9})?s$",
    "description": 'google.protobuf.Duration: seconds with 0 to 9 fraction digits, "1.500s"',
}
TIMESTAMP = {
    "type": "string",
    "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$",
    "description": "google.protobuf.Timestamp: RFC 3339, e.g. 2024-05-01T12:00:00.500Z",
}
NUMBER = {
    "anyOf": [
        {"type": "number"},
        {"enum": ["NaN", "Infinity", "-Infinity"]},
        {"type": "string", "pattern": r"^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"},
    ]
}
ANY = {
    "type": "object",
    "anyOf": [
        {"maxProperties": 0},
        {"required": ["@type"], "properties": {"@type": {"type": "string"}}},
    ],
    "description": "google.protobuf.Any: {}, or the held message's JSON and its @type",
}
BASE64 = {"type": "string", "pattern": r"^[A-Za-z0-9+/_-]*={0,2}$", "contentEncoding": "base64"}


def _integer(name: str) -> dict[str, Any]:
    lo, hi = SCALARS[name].int_range or (0, 0)
    text = {"type": "string", "pattern": r"^[0-9]+$" if lo == 0 else r"^-?[0-9]+$"}
    return {"anyOf": [{"type": "integer", "minimum": lo, "maximum": hi}, text]}


def _scalar(kind: Scalar) -> dict[str, Any]:
    if kind.name == "string":
        return {"type": "string"}
    if kind.name == "bool":
        return {"type": "boolean"}
    if kind.name == "bytes":
        return dict(BASE64)
    if kind.name in ("double", "float"):
        return dict(NUMBER)
    return _integer(kind.name)


class _Builder:
    """Collects one ``$defs`` entry per message reachable from the root."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def kind(self, kind: Any) -> dict[str, Any]:
        if isinstance(kind, Scalar):
            return _scalar(kind)
        if isinstance(kind, EnumKind):
            names = list(kind.enum_type.__members__)
            return {
                "anyOf": [
                    {"enum": names},
                    {"type": "integer", "minimum": -(1 << 31), "maximum": (1 << 31) - 1},
                ],
                "description": kind.enum_type.full_name,
            }  # type: ignore[attr-defined]
        assert isinstance(kind, MessageKind)
        return self.message(kind.full_name)

    def message(self, full_name: str) -> dict[str, Any]:
        special = {
            "google.protobuf.Duration": DURATION,
            "google.protobuf.Timestamp": TIMESTAMP,
            "google.protobuf.Any": ANY,
            "google.protobuf.Struct": {"type": "object", "description": "google.protobuf.Struct"},
            "google.protobuf.ListValue": {
                "type": "array",
                "description": "google.protobuf.ListValue",
            },
            "google.protobuf.Value": {"description": "google.protobuf.Value: any JSON"},
            "google.protobuf.BoolValue": {
                "type": "boolean",
                "description": "google.protobuf.BoolValue",
            },
        }.get(full_name)
        if special is not None:
            return dict(special)
        if full_name not in self.defs:
            self.defs[full_name] = {}  # placeholder: recursion closes on the $ref
            self.defs[full_name] = self.object(full_name)
        return {"$ref": f"#/$defs/{full_name}"}

    def field(self, spec: FieldSpec) -> dict[str, Any]:
        kind = spec.kind
        if isinstance(kind, MapKind):
            keys = (
                {"pattern": r"^(true|false)$"}
                if kind.key.name == "bool"
                else {}
                if kind.key.name == "string"
                else {"pattern": r"^-?[0-9]+$"}
            )
            schema: dict[str, Any] = {
                "type": "object",
                "additionalProperties": self.kind(kind.value),
            }
            if keys:
                schema["propertyNames"] = keys
        elif spec.repeated:
            schema = {"type": "array", "items": self.kind(kind)}
        else:
            schema = self.kind(kind)
        return {"anyOf": [schema, NULL]}  # null: the field is unset

    def object(self, full_name: str) -> dict[str, Any]:
        cls = flyte_lite.message_class(full_name)
        properties: dict[str, Any] = {}
        oneofs: dict[str, list[str]] = {}
        for spec in specs_of(cls):
            schema = self.field(spec)
            for name in dict.fromkeys((spec.json_name, spec.name)):
                properties[name] = schema
                if spec.oneof:
                    oneofs.setdefault(spec.oneof, []).append(name)
        out: dict[str, Any] = {
            "title": full_name,
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        # At most one member of a oneof may be non-null (either of its names counts).
        dependent = {}
        for names in oneofs.values():
            for name in names:
                others = [n for n in names if n != name]
                dependent[name] = {
                    "anyOf": [
                        {"properties": {name: NULL}},
                        {"properties": {n: NULL for n in others}},
                    ]
                }
        if dependent:
            out["dependentSchemas"] = dependent
        return out


def build(full_name: str) -> dict[str, Any]:
    """The JSON Schema of message ``full_name``'s JSON form."""
    builder = _Builder()
    root = builder.message(full_name)
    return {
        "$schema": DIALECT,
        "$id": f"urn:flyte-lite:json-schema:{full_name}",
        "title": f"{full_name} (protobuf JSON)",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


def path_of(full_name: str) -> Path:
    """Where the schema of ``full_name`` is committed."""
    return HERE / f"{full_name}.schema.json"


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    stale = []
    for name in ROOTS:
        path, text = path_of(name), render(build(name))
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(path.name)
        else:
            path.write_text(text)
            print(f"wrote {path.relative_to(HERE.parent)}")
    if stale:
        print("stale:", ", ".join(stale), "(run schemas/make_json_schema.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
