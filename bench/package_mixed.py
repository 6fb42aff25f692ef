"""Benchmark reading a package of tasks, workflows and launch plans, beside flytekit.

    python bench/package_mixed.py                       # graphs package, and 50 copies of it
    python bench/package_mixed.py --copies 200 --rounds 3
    python bench/package_mixed.py --flytekit-python /work/fk-venv/bin/python

Packages: tests/fixtures/graphs_out/package.tgz (43 entries: 9 tasks, 14 workflows, 20
launch plans, made by pyflyte), and a generated one of ``--copies`` copies of it, each
with every identifier renamed (``name__c{k}``, references too) so that the copies are
distinct entities, laid out as ``pyflyte package`` does.

What is timed, the same work on each side, from the archive's path to linked entities:

- flyte_lite: ``Package.read(path)`` (read the archive, decode each entry, resolve every
  reference, list problems), then for every workflow its tasks, launch plans and
  sub-workflows (``tasks_of`` ...), and for every launch plan its workflow;
- flyteidl (upb) alone: read the archive with ``tarfile`` and parse each entry
  (``FromString``): the floor of any protobuf-based reader;
- flytekit 1.15.4 (in a subprocess of its venv): the same parse, then flytekit's models
  and entities: ``FlyteTask.promote_from_model`` for every task,
  ``FlyteWorkflow.promote_from_model(template, sub_workflows, tasks, node_launch_plans)``
  for every workflow (its tasks found by walking its nodes, as tests/fixtures/
  make_graph_goldens.py does), ``FlyteLaunchPlan.promote_from_model`` for every launch plan.

Figures are the least CPU time over ``--rounds`` rounds, in one run.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
GRAPHS = ROOT / "tests" / "fixtures" / "graphs_out" / "package.tgz"
FLYTEKIT_PYTHON = "/work/fk-venv/bin/python"

# Run by the flytekit venv's python: argv = [rounds, path...]; prints JSON {path: seconds}.
FLYTEKIT_SIDE = r'''
import json, sys, tarfile, time
from flyteidl.admin import launch_plan_pb2, task_pb2, workflow_pb2
from flytekit.models import launch_plan as lp_models
from flytekit.models.core import identifier as id_models
from flytekit.models.core import workflow as wf_models
from flytekit.models.task import TaskTemplate
from flytekit.remote.entities import FlyteLaunchPlan, FlyteTask, FlyteWorkflow

CLASSES = {"1": task_pb2.TaskSpec, "2": workflow_pb2.WorkflowSpec, "3": launch_plan_pb2.LaunchPlan}

def parse(path):
    found = {"1": [], "2": [], "3": []}
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".pb"):
                k = member.name[-4]
                found[k].append(CLASSES[k].FromString(archive.extractfile(member).read()))
    return found

def task_ids(templates):
    seen = []
    def walk(node):
        which = node.WhichOneof("target")
        if which == "task_node":
            if node.task_node.reference_id not in seen:
                seen.append(node.task_node.reference_id)
        elif which == "branch_node":
            block = node.branch_node.if_else
            walk(block.case.then_node)
            for other in block.other:
                walk(other.then_node)
            if block.HasField("else_node"):
                walk(block.else_node)
        elif which == "array_node":
            walk(node.array_node.node)
    for t in templates:
        for n in t.nodes:
            walk(n)
        if t.HasField("failure_node"):
            walk(t.failure_node)
    return seen

def read(path):
    found = parse(path)
    tasks = {}
    for spec in found["1"]:
        task = FlyteTask.promote_from_model(TaskTemplate.from_flyte_idl(spec.template))
        tasks[spec.template.id.SerializeToString(deterministic=True)] = task
    node_lps = {id_models.Identifier.from_flyte_idl(lp.id):
                lp_models.LaunchPlanSpec.from_flyte_idl(lp.spec) for lp in found["3"]}
    workflows = []
    for spec in found["2"]:
        used = {}
        for tid in task_ids([spec.template, *spec.sub_workflows]):
            task = tasks.get(tid.SerializeToString(deterministic=True))
            if task is not None:
                used[task.id] = task
        subs = {}
        for s in spec.sub_workflows:
            m = wf_models.WorkflowTemplate.from_flyte_idl(s)
            subs[m.id] = m
        workflows.append(FlyteWorkflow.promote_from_model(
            wf_models.WorkflowTemplate.from_flyte_idl(spec.template), sub_workflows=subs,
            tasks=used, node_launch_plans=node_lps))
    lps = [FlyteLaunchPlan.promote_from_model(id_models.Identifier.from_flyte_idl(lp.id),
                                              lp_models.LaunchPlanSpec.from_flyte_idl(lp.spec))
           for lp in found["3"]]
    return len(tasks) + len(workflows) + len(lps)

rounds = int(sys.argv[1])
result = {}
for path in sys.argv[2:]:
    for what, run in (("flyteidl_parse", lambda: sum(map(len, parse(path).values()))),
                      ("flytekit", lambda: read(path))):
        best = None
        for _ in range(rounds):
            start = time.process_time()
            count = run()
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        result.setdefault(path, {})[what] = {"seconds": best, "entities": count}
print(json.dumps(result))
'''


def make_mixed(path: Path, copies: int) -> int:
    """``copies`` renamed copies of the graphs package, as a ``pyflyte package`` archive;
    the number of entries."""
    import attrs

    from flyte_lite.package import decode_entry, map_identifiers, read_entries

    entries = [(e, decode_entry(e)) for e in read_entries(GRAPHS)]
    index = 0
    with tarfile.open(path, "w:gz") as archive:
        for copy in range(copies):
            for entry, message in entries:
                renamed = map_identifiers(message, lambda use, c=copy: attrs.evolve(
                    use.id, name=f"{use.id.name}__c{c}"))
                data = renamed.to_bytes()
                k = {"task": 1, "workflow": 2, "launch plan": 3}[entry.entry.kind]
                info = tarfile.TarInfo(f"{index:05d}_{entry.entry.name}__c{copy}_{k}.pb")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
                index += 1
    return index


def flyte_lite_read(path: Path) -> int:
    from flyte_lite.package import Package

    package = Package.read(path)
    assert not package.problems, package.problems[:3]
    for name in package.workflows:
        package.tasks_of(name)
        package.launch_plans_of(name)
        package.sub_workflows_of(name)
    for name in package.launch_plans:
        assert package.workflow_of(name) is not None
    return len(package.tasks) + len(package.workflows) + len(package.launch_plans)


def upb_parse(path: Path) -> int:
    from flyteidl.admin import launch_plan_pb2, task_pb2, workflow_pb2

    classes: dict[str, Any] = {"1": task_pb2.TaskSpec, "2": workflow_pb2.WorkflowSpec,
                               "3": launch_plan_pb2.LaunchPlan}
    count = 0
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".pb"):
                extracted = archive.extractfile(member)
                assert extracted is not None
                classes[member.name[-4]].FromString(extracted.read())
                count += 1
    return count


def best_of(rounds: int, run: Callable[[], int]) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(rounds):
        start = time.process_time()
        count = run()
        best = min(best, time.process_time() - start)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--flytekit-python", default=FLYTEKIT_PYTHON)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mixed = Path(tmp) / "mixed.tgz"
        entries = make_mixed(mixed, args.copies)
        paths = [GRAPHS, mixed]
        print(f"packages: graphs_out/package.tgz (43 entries), generated {entries} entries "
              f"({mixed.stat().st_size // 1024} KiB); least CPU time of {args.rounds} rounds")
        theirs: dict[str, Any] = {}
        if Path(args.flytekit_python).exists():
            done = subprocess.run(
                [args.flytekit_python, "-c", FLYTEKIT_SIDE, str(args.rounds),
                 *map(str, paths)], capture_output=True, text=True, check=True)
            theirs = json.loads(done.stdout.splitlines()[-1])
        else:
            print(f"(no flytekit at {args.flytekit_python}: its column is left out)")
        print(f"{'package':<12} {'entities':>8} {'flyte_lite':>11} {'upb parse':>10} "
              f"{'flytekit':>10} {'vs flytekit':>11}")
        for path, label in zip(paths, ("graphs", f"mixed x{args.copies}")):
            ours, count = best_of(args.rounds, lambda p=path: flyte_lite_read(p))
            floor, _ = best_of(args.rounds, lambda p=path: upb_parse(p))
            kit = theirs.get(str(path), {}).get("flytekit", {}).get("seconds")
            kit_text = f"{kit * 1000:8.1f}ms" if kit else "-"
            ratio = f"{kit / ours:10.1f}x" if kit else "-"
            print(f"{label:<12} {count:>8} {ours * 1000:9.1f}ms {floor * 1000:8.1f}ms "
                  f"{kit_text:>10} {ratio:>11}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
