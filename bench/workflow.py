"""Reading a workflow and calling remote workflows and launch plans: flyte_lite beside
flytekit, in one run.

    pip install -e '.[bench]' && python bench/workflow.py [--quick]

"closure": tests/fixtures/graphs_out/closures/outer_wf.pb (a workflow with a sub-workflow
two levels deep, three tasks, launch-plan nodes) read from bytes and promoted with
``promote_from_closure`` and the package's launch plans, as ``FlyteRemote.fetch_workflow``
does. "calls": a task, a workflow, a launch plan and a task called in a compilation
context and the four ``flyteidl.core.Node`` messages written (compile/cases.json's
``mixed_chain``). Cases run round by round (see run.measure).
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, Timer, versus_flytekit

GRAPHS = ROOT / "tests" / "fixtures" / "graphs_out"
CLOSURE = (GRAPHS / "closures" / "outer_wf.pb").read_bytes()
LAUNCH_PLANS = [p.read_bytes() for p in sorted((GRAPHS / "launch_plans").glob("*.pb"))]
MID = (GRAPHS / "workflow_specs" / "mid_wf.pb").read_bytes()
INNER_LP = (GRAPHS / "launch_plans" / "inner_lp.pb").read_bytes()
INNER = (GRAPHS / "workflow_specs" / "inner_wf.pb").read_bytes()
ADD_ONE = (ROOT / "tests" / "fixtures" / "tasks" / "add_one.pb").read_bytes()
MAKE_STR = (ROOT / "tests" / "fixtures" / "tasks" / "make_str.pb").read_bytes()


def flyte_lite_timers() -> dict[str, Timer]:
    from flyte_lite.models.admin.launch_plan import LaunchPlan
    from flyte_lite.models.core.compiler import CompiledWorkflowClosure
    from flyte_lite.remote import FlyteLaunchPlan, FlyteTask, FlyteWorkflow, compiling

    plans = [LaunchPlan.from_bytes(b) for b in LAUNCH_PLANS]

    def promoted() -> Any:
        return FlyteWorkflow.promote_from_closure(
            CompiledWorkflowClosure.from_bytes(CLOSURE), node_launch_plans=plans
        )

    add_one, make_str = FlyteTask.from_bytes(ADD_ONE), FlyteTask.from_bytes(MAKE_STR)
    mid = FlyteWorkflow.from_bytes(MID)
    inner_lp = FlyteLaunchPlan.from_bytes(INNER_LP).with_workflow(FlyteWorkflow.from_bytes(INNER))

    def calls() -> list[bytes]:
        with compiling() as wf:
            a = add_one(x=wf.input("x"))
            m = mid(x=a, y=wf.input("x"))
            r = inner_lp(x=m)
            make_str(n=r, prefix="p")
        return [n.to_bytes() for n in wf.nodes]

    return {"closure": Timer(promoted), "calls": Timer(calls)}


def flytekit_timers() -> dict[str, Timer]:
    from flyteidl.admin import launch_plan_pb2, task_pb2, workflow_pb2
    from flyteidl.core import compiler_pb2
    from flytekit.configuration import Image, ImageConfig, SerializationSettings
    from flytekit.core.context_manager import CompilationState, FlyteContextManager
    from flytekit.models.admin.workflow import WorkflowSpec
    from flytekit.models.core.compiler import CompiledWorkflowClosure
    from flytekit.models.launch_plan import LaunchPlan
    from flytekit.models.task import TaskTemplate
    from flytekit.remote import FlyteLaunchPlan, FlyteTask, FlyteWorkflow
    from flytekit.tools.translator import get_serializable

    plans = [LaunchPlan.from_flyte_idl(launch_plan_pb2.LaunchPlan.FromString(b))
             for b in LAUNCH_PLANS]

    def promoted() -> Any:
        closure = CompiledWorkflowClosure.from_flyte_idl(
            compiler_pb2.CompiledWorkflowClosure.FromString(CLOSURE))
        return FlyteWorkflow.promote_from_closure(
            closure, node_launch_plans={p.id: p.spec for p in plans})

    def task(raw: bytes) -> Any:
        spec = task_pb2.TaskSpec.FromString(raw)
        return FlyteTask.promote_from_model(TaskTemplate.from_flyte_idl(spec.template))

    add_one, make_str = task(ADD_ONE), task(MAKE_STR)
    tasks = {t.id: t for t in (task((GRAPHS / "tasks" / f"{n}.pb").read_bytes())
                               for n in ("add", "double", "square"))}
    spec = WorkflowSpec.from_flyte_idl(workflow_pb2.WorkflowSpec.FromString(MID))
    mid = FlyteWorkflow.promote_from_model(
        spec.template, sub_workflows={t.id: t for t in spec.sub_workflows}, tasks=tasks)
    inner_spec = WorkflowSpec.from_flyte_idl(workflow_pb2.WorkflowSpec.FromString(INNER))
    inner = FlyteWorkflow.promote_from_model(inner_spec.template, tasks=tasks)
    lp_message = LaunchPlan.from_flyte_idl(launch_plan_pb2.LaunchPlan.FromString(INNER_LP))
    inner_lp = FlyteLaunchPlan.promote_from_model(lp_message.id, lp_message.spec)
    inner_lp._interface = inner.interface
    inner_lp._flyte_workflow = inner
    settings = SerializationSettings(image_config=ImageConfig(
        default_image=Image(name="default", fqn="ghcr.io/example/default", tag="0.1")))

    def calls() -> list[bytes]:
        ctx = FlyteContextManager.current_context()
        with FlyteContextManager.with_context(
            ctx.with_compilation_state(CompilationState(prefix=""))
        ) as cctx:
            from flytekit.core.workflow import construct_input_promises

            x = dict(construct_input_promises(["x"]))["x"]
            a = add_one(x=x)
            m = mid(x=a, y=x)
            r = inner_lp(x=m)
            make_str(n=r, prefix="p")
            return [get_serializable(OrderedDict(), settings, n).to_flyte_idl()
                    .SerializeToString() for n in cctx.compilation_state.nodes]

    return {"closure": Timer(promoted), "calls": Timer(calls)}


def main() -> int:
    return versus_flytekit('workflow', __doc__.split("\n\n")[0], flyte_lite_timers,
                           flytekit_timers)


if __name__ == "__main__":
    sys.exit(main())
