"""Compiling a remote task into a workflow: flyte_lite beside flytekit, in one run.

    pip install -e '.[bench,msgpack]' && python bench/compile.py [--quick]

Each case calls tests/fixtures/tasks/realistic.pb (six inputs, two of them promises of an
earlier node) inside a compilation context and writes the new node's
``flyteidl.core.Node`` bytes; "overrides" also calls ``with_overrides`` with resources,
an accelerator, retries and a timeout; "struct" binds a dict and a dataclass to
``generic.pb``'s struct inputs (msgpack). Cases run round by round (see run.measure).
"""

from __future__ import annotations

import dataclasses
import datetime
import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, Timer, versus_flytekit

FIXTURES = ROOT / "tests" / "fixtures"
REALISTIC = (FIXTURES / "tasks" / "realistic.pb").read_bytes()
ADD_ONE = (FIXTURES / "tasks" / "add_one.pb").read_bytes()
GENERIC = (FIXTURES / "workflow_use" / "generic.pb").read_bytes()
SINCE = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


@dataclasses.dataclass
class Point:
    x: float
    y: float
    label: str = "origin"


def realistic_kwargs(first: Any) -> dict[str, Any]:
    return {"weights": {"a": 0.5, "b": 1.5}, "since": SINCE, "sample_rate": first,
            "dataset": "d", "seeds": [1, 2, first], "limit": None}


STRUCT_KWARGS = {"d": {"x": 1, "y": [1, 2], "z": {"k": "v"}}, "p": Point(1.0, 2.0),
                 "ps": [{"a": 1}, {"b": 2}]}


def flyte_lite_timers() -> dict[str, Timer]:
    from flyte_lite.remote import T4, FlyteTask, Resources, compiling

    add_one = FlyteTask.from_bytes(ADD_ONE)
    realistic = FlyteTask.from_bytes(REALISTIC)
    generic = FlyteTask.from_bytes(GENERIC)

    def call(overrides: bool) -> bytes:
        with compiling() as wf:
            first = add_one(x=1)
            out = realistic(**realistic_kwargs(first))
            if overrides:
                out.with_overrides(resources=Resources(cpu=("1", "2"), mem="1Gi"),
                                   accelerator=T4, retries=3, timeout=60)
        return wf.nodes[1].to_bytes()

    def struct() -> bytes:
        with compiling() as wf:
            generic(**STRUCT_KWARGS)
        return wf.nodes[0].to_bytes()

    return {"plain": Timer(lambda: call(False)), "overrides": Timer(lambda: call(True)),
            "struct": Timer(struct)}


def flytekit_timers() -> dict[str, Timer]:
    from flyteidl.admin import task_pb2
    from flytekit import Resources
    from flytekit.configuration import Image, ImageConfig, SerializationSettings
    from flytekit.core.context_manager import CompilationState, FlyteContextManager
    from flytekit.extras.accelerators import T4
    from flytekit.models.task import TaskTemplate
    from flytekit.remote import FlyteTask
    from flytekit.tools.translator import get_serializable

    def load(raw: bytes) -> Any:
        spec = task_pb2.TaskSpec.FromString(raw)
        return FlyteTask.promote_from_model(TaskTemplate.from_flyte_idl(spec.template))

    add_one, realistic, generic = load(ADD_ONE), load(REALISTIC), load(GENERIC)
    settings = SerializationSettings(image_config=ImageConfig(
        default_image=Image(name="default", fqn="ghcr.io/example/default", tag="0.1")))

    def compiled(body: Callable[[], None], index: int) -> bytes:
        ctx = FlyteContextManager.current_context()
        with FlyteContextManager.with_context(
            ctx.with_compilation_state(CompilationState(prefix=""))
        ) as cctx:
            body()
            node = cctx.compilation_state.nodes[index]
            return get_serializable(OrderedDict(), settings, node).to_flyte_idl() \
                .SerializeToString()

    def call(overrides: bool) -> bytes:
        def body() -> None:
            first = add_one(x=1)
            out = realistic(**realistic_kwargs(first))
            if overrides:
                out.with_overrides(resources=Resources(cpu=("1", "2"), mem="1Gi"),
                                   accelerator=T4, retries=3, timeout=60)
        return compiled(body, 1)

    return {"plain": Timer(lambda: call(False)), "overrides": Timer(lambda: call(True)),
            "struct": Timer(lambda: compiled(lambda: generic(**STRUCT_KWARGS), 0))}


def main() -> int:
    return versus_flytekit('compile', __doc__.split("\n\n")[0], flyte_lite_timers,
                           flytekit_timers)


if __name__ == "__main__":
    sys.exit(main())
