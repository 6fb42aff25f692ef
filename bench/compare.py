"""Steady-state speed of this checkout against another one, in one run.

    python bench/compare.py /path/to/other/checkout [--rounds 7]

Each round runs one process per checkout (taking turns), each timing decode, encode,
to_json and from_json of the fixtures ``bench/run.py`` uses; the table shows each
checkout's best round (the least disturbed by the rest of the machine) and the ratio.
Use it to check that a change keeps the speeds of the README table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = {"small": "realistic.pb", "large": "large.pb"}

TIMING = """
import json, sys, timeit
from pathlib import Path
from flyte_lite.models.admin.task import TaskSpec
out = {}
for name, file in FIXTURES.items():
    data = (Path(TASKS) / file).read_bytes()
    spec = TaskSpec.from_bytes(data)
    text = spec.to_json()
    ops = {"decode": lambda: TaskSpec.from_bytes(data), "encode": lambda: spec.to_bytes(),
           "to_json": lambda: spec.to_json(), "from_json": lambda: TaskSpec.from_json(text)}
    for op, fn in ops.items():
        fn()
        number = max(1, int(0.2 / max(timeit.timeit(fn, number=1), 1e-7)))
        out[f"{name} {op}"] = min(timeit.repeat(fn, number=number, repeat=3)) / number
print(json.dumps(out))
"""


def measure(tree: Path) -> dict[str, float]:
    code = (f"import sys\nsys.path.insert(0, {str(tree)!r})\nFIXTURES = {FIXTURES!r}\n"
            f"TASKS = {str(ROOT / 'tests' / 'fixtures' / 'tasks')!r}\n{TIMING}")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    result: dict[str, float] = json.loads(proc.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("other", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    trees = {"this": ROOT, "other": args.other.resolve()}
    best: dict[str, dict[str, float]] = {label: {} for label in trees}
    for _ in range(args.rounds):
        for label, tree in trees.items():
            for key, seconds in measure(tree).items():
                best[label][key] = min(seconds, best[label].get(key, seconds))
    print(f"| operation | this ({ROOT}) | other ({trees['other']}) | this / other |")
    print("|---|---|---|---|")
    for key, ours in best["this"].items():
        theirs = best["other"][key]
        print(f"| {key} | {ours * 1e6:.1f} µs | {theirs * 1e6:.1f} µs | {ours / theirs:.3f} |")


if __name__ == "__main__":
    main()
