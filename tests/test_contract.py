"""The hand-written classes match the committed wire contract, which matches flyteidl."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import flyte_lite
from flyte_lite import wire
from flyte_lite.models import message_classes
from flyte_lite.wire.fields import _ENUMS, EnumKind, MapKind, MessageKind, Scalar

ROOT = Path(__file__).parent.parent
CONTRACT = json.loads((ROOT / "schemas" / "wire_contract.json").read_text())


def _kind_facts(kind: Any) -> dict[str, Any]:
    if isinstance(kind, Scalar):
        return {"type": kind.name}
    if isinstance(kind, EnumKind):
        return {"type": "enum", "type_name": kind.enum_type.full_name}  # type: ignore[attr-defined]
    if isinstance(kind, MessageKind):
        return {"type": "message", "type_name": kind.full_name}
    raise AssertionError(kind)


def _facts(cls: type[wire.Message]) -> list[dict[str, Any]]:
    out = []
    for spec in wire.specs_of(cls):
        fact: dict[str, Any] = {
            "name": spec.name,
            "number": spec.number,
            "json_name": spec.json_name,
            "repeated": spec.repeated or isinstance(spec.kind, MapKind),
            "oneof": spec.oneof,
            "presence": spec.presence,
        }
        if isinstance(spec.kind, MapKind):
            fact["map"] = {"key": _kind_facts(spec.kind.key), "value": _kind_facts(spec.kind.value)}
        else:
            fact.update(_kind_facts(spec.kind))
        out.append(fact)
    return out


def _contract_facts(full_name: str) -> list[dict[str, Any]]:
    out = []
    for f in CONTRACT["messages"][full_name]["fields"]:
        fact: dict[str, Any] = {
            "name": f["name"],
            "number": f["number"],
            "json_name": f["json_name"],
            "repeated": f["label"] == "repeated",
            "oneof": f.get("oneof"),
            "presence": f["presence"],
        }
        if "map" in f:
            entry = CONTRACT["messages"][f["type_name"]]["fields"]
            key, value = entry
            fact["map"] = {
                "key": {"type": key["type"]},
                "value": {k: value[k] for k in ("type", "type_name") if k in value},
            }
        else:
            fact.update({k: f[k] for k in ("type", "type_name") if k in f})
        out.append(fact)
    return out


MESSAGES = sorted(n for n, m in CONTRACT["messages"].items() if not m["map_entry"])


@pytest.mark.parametrize(
    ("root", "messages", "fields"),
    [
        ("flyteidl.admin.TaskSpec", 64, 194),
        ("flyteidl.admin.WorkflowSpec", 100, 271),
        ("flyteidl.admin.LaunchPlan", 86, 236),
        ("flyteidl.core.CompiledWorkflowClosure", 119, 343),
        ("flyteidl.admin.Workflow", 121, 348),
    ],
)
def test_counts(root: str, messages: int, fields: int) -> None:
    reachable = _reachable(root)
    assert len(reachable) == messages
    assert sum(len(CONTRACT["messages"][n]["fields"]) for n in reachable) == fields


def test_totals() -> None:
    assert len(MESSAGES) == 162
    assert len(CONTRACT["enums"]) == 29


def _reachable(root: str) -> set[str]:
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += [
            f["type_name"] for f in CONTRACT["messages"][name]["fields"] if f["type"] == "message"
        ]
    return seen


@pytest.mark.parametrize("full_name", MESSAGES)
def test_class_matches_contract(full_name: str) -> None:
    cls = flyte_lite.message_class(full_name)
    assert cls.full_name == full_name
    assert _facts(cls) == _contract_facts(full_name)


def test_every_model_class_is_in_the_contract() -> None:
    assert set(message_classes()) == set(MESSAGES)


@pytest.mark.parametrize("full_name", sorted(CONTRACT["enums"]))
def test_enum_matches_contract(full_name: str) -> None:
    flyte_lite.message_class("flyteidl.admin.TaskSpec")
    enum_type = _ENUMS[full_name]
    assert {m.name: m.value for m in enum_type} == CONTRACT["enums"][full_name]


def test_contract_matches_installed_flyteidl() -> None:
    sys.path.insert(0, str(ROOT / "schemas"))
    try:
        import make_wire_contract
    finally:
        sys.path.pop(0)
    assert (
        make_wire_contract.render(make_wire_contract.build())
        == (ROOT / "schemas" / "wire_contract.json").read_text()
    )


def test_unknown_name() -> None:
    with pytest.raises(KeyError, match=r"flyteidl\.core\.Nope"):
        flyte_lite.message_class("flyteidl.core.Nope")


def test_annotations_resolve() -> None:
    """Every class's annotations name importable types, so tools that read them
    (``typing.get_type_hints``, a plain cattrs converter) work on the models."""
    import typing

    import cattrs

    for cls in message_classes().values():
        hints = typing.get_type_hints(cls)
        assert set(hints) >= {s.name for s in wire.specs_of(cls)}, cls.full_name
    variable = flyte_lite.message_class("flyteidl.core.Variable")
    data = {"description": "x", "type": {"simple": 1}}
    assert cattrs.Converter().structure(data, variable).type.simple == 1
