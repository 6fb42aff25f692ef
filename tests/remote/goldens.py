"""Reading tests/fixtures/compile: the remote tasks, call arguments and node goldens."""

from __future__ import annotations

import datetime
import enum
import json
from functools import cache
from typing import Any, Callable

import attrs

from flyte_lite.models.core.workflow import Node
from flyte_lite.remote import FlyteTask, NodeOutputs, Promise, compiling
from tests.conftest import FIXTURES

COMPILE = FIXTURES / "compile"
EXTRA = FIXTURES / "remote_extra"


class Color(enum.Enum):
    """The stand-in enum make_compile_goldens.py used for workflows.typed.Color."""

    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Other(enum.Enum):
    """An enum unrelated to the task's enum type."""

    PURPLE = "purple"


ENUMS: dict[str, type[enum.Enum]] = {"Color": Color, "Other": Other}


@cache
def cases() -> dict[str, Any]:
    """compile/cases.json (made by make_compile_goldens.py)."""
    return json.loads((COMPILE / "cases.json").read_text())  # type: ignore[no-any-return]


@cache
def extra_cases() -> dict[str, Any]:
    """remote_extra/cases.json (made by make_remote_extra_goldens.py)."""
    return json.loads((EXTRA / "cases.json").read_text())  # type: ignore[no-any-return]


def remote_task(fixture: str, name: str | None = None) -> FlyteTask:
    """The fixture's task with its id completed as the generator did (and maybe renamed)."""
    task = FlyteTask.from_bytes((FIXTURES / fixture).read_bytes())
    ids = cases()["task_id_override"]
    new_id = attrs.evolve(
        task.id, project=ids["project"], domain=ids["domain"], version=ids["version"]
    )
    if name is not None:
        new_id = attrs.evolve(new_id, name=name)
    return task.replace(id=new_id)


def value(desc: dict[str, Any], promises: dict[str, dict[str, Promise]]) -> Any:
    """The Python value a cases.json value description stands for."""
    kind = desc["kind"]
    if kind == "float" and "repr" in desc:
        return float(desc["repr"])
    if kind in ("int", "float", "str", "bool"):
        return desc["value"]
    if kind == "none":
        return None
    if kind == "datetime":
        return datetime.datetime.fromisoformat(desc["iso"])
    if kind == "date":
        return datetime.date.fromisoformat(desc["iso"])
    if kind == "timedelta":
        return datetime.timedelta(seconds=desc["seconds"], microseconds=desc["microseconds"])
    if kind == "enum":
        return ENUMS[desc["class"]][desc["name"]]
    if kind == "list":
        return [value(d, promises) for d in desc["items"]]
    if kind == "dict":
        return {k: value(d, promises) for k, d in desc["items"].items()}
    if kind == "promise":
        return promises[desc["node_id"]][desc["var"]]
    raise ValueError(f"unknown value kind {kind!r}")


def outputs_of(result: Any) -> dict[str, Promise]:
    """Output name -> promise, from what calling a task returned."""
    if isinstance(result, Promise):
        return {result.var: result}
    if isinstance(result, NodeOutputs):
        return {p.var: p for p in result}
    return {}


def run_case(
    case: dict[str, Any], task_for: Callable[[dict[str, Any]], FlyteTask]
) -> tuple[list[Node], list[Any]]:
    """Call the case's tasks in a compilation, feeding returned promises to later calls."""
    results = []
    with compiling(case.get("node_id_prefix", "")) as wf:
        promises = {"": {name: wf.input(name) for name in case["workflow_inputs"]}}
        for call in case["calls"]:
            kwargs = {k: value(d, promises) for k, d in call["kwargs"].items()}
            result = task_for(call)(**kwargs)
            results.append(result)
            promises[wf.nodes[-1].id] = outputs_of(result)
    return wf.nodes, results
