"""What a fresh process pays to start: import, then the first decode, encode, to_json
(default options, and another option set) and from_json of a task spec, each timed
inside the process, beside flyteidl (upb) doing the same, in one run.

    python bench/first_use.py [--runs 15] [--fixture tests/fixtures/tasks/realistic.pb]

Three set-ups for flyte_lite: bytecode cached (as after ``pip install``, which writes
the ``.pyc`` files), the same with ``PYTHONDONTWRITEBYTECODE=1`` (nothing written,
the installed ``.pyc`` files still read), and a copy of the package with no ``.pyc``
files at all and none written (every module compiled from source each time).
Medians of ``--runs`` fresh interpreters, started without ``site`` (``-S``) as
``bench/run.py`` does.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import site
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LITE = """
t0 = clock()
from flyte_lite.models.admin.task import TaskSpec
t1 = clock()
spec = TaskSpec.from_bytes(DATA)
t2 = clock()
spec.to_bytes()
t3 = clock()
text = spec.to_json()
t4 = clock()
spec.to_dict(preserving_proto_field_name=True)
t5 = clock()
TaskSpec.from_json(text)
t6 = clock()
"""

UPB = """
t0 = clock()
from flyteidl.admin.task_pb2 import TaskSpec
t1 = clock()
spec = TaskSpec.FromString(DATA)
t2 = clock()
spec.SerializeToString()
t3 = clock()
from google.protobuf import json_format
text = json_format.MessageToJson(spec)
t4 = clock()
json_format.MessageToDict(spec, preserving_proto_field_name=True)
t5 = clock()
json_format.Parse(text, TaskSpec())
t6 = clock()
"""

STEPS = ("import", "decode", "encode", "to_json", "to_dict (other options)", "from_json")


def run(snippet: str, root: Path, fixture: Path, env: dict[str, str]) -> list[float]:
    paths = [str(root), *site.getsitepackages()]
    code = (f"import sys, json\nfrom time import perf_counter as clock\n"
            f"sys.path[:0] = {paths!r}\nDATA = open({str(fixture)!r}, 'rb').read()\n"
            f"{snippet}\nprint(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, "
            f"t6 - t5]))\n")
    proc = subprocess.run([sys.executable, "-S", "-c", code], env=env, capture_output=True,
                          text=True, check=True)
    times: list[float] = json.loads(proc.stdout.splitlines()[-1])
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--fixture", type=Path,
                        default=ROOT / "tests" / "fixtures" / "tasks" / "realistic.pb")
    args = parser.parse_args()
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    no_write = {**cached, "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp)  # a copy of the package without any .pyc file
        shutil.copytree(ROOT / "flyte_lite", bare / "flyte_lite",
                        ignore=shutil.ignore_patterns("__pycache__"))
        setups = {
            "flyte_lite, bytecode cached": (LITE, ROOT, cached),
            "flyte_lite, PYTHONDONTWRITEBYTECODE=1": (LITE, ROOT, no_write),
            "flyte_lite, no .pyc files at all": (LITE, bare, no_write),
            "flyteidl (upb)": (UPB, ROOT, cached),
        }
        results: dict[str, list[list[float]]] = {label: [] for label in setups}
        for attempt in range(args.runs + 1):  # round 0 writes missing .pyc files
            for label, (snippet, root, env) in setups.items():
                times = run(snippet, root, args.fixture, env)
                if attempt:
                    results[label].append(times)
    print(f"fixture: {args.fixture.name}, {args.runs} fresh processes each, medians in ms\n")
    print("| set-up | " + " | ".join(STEPS) + " | total |")
    print("|---" * (len(STEPS) + 2) + "|")
    for label, rows in results.items():
        medians = [statistics.median(column) * 1e3 for column in zip(*rows)]
        total = statistics.median(sum(row) for row in rows) * 1e3
        print(f"| {label} | " + " | ".join(f"{m:.1f}" for m in medians) + f" | {total:.1f} |")


if __name__ == "__main__":
    main()
