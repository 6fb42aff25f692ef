"""flyte_lite.converter against another version of itself (by default main's), in one run.

    python bench/converter.py                 # against `git show main:flyte_lite/converter.py`
    python bench/converter.py --base HEAD~3   # against another commit's
    python bench/converter.py --repeat 5      # quicker

Times ``unstructure`` and ``structure`` of the golden task specs (tests/fixtures/tasks:
realistic ~1 KB, large ~100 KB) through each version's module functions, the two sides
taking turns run by run; every figure is the median of per-call times, after a warm-up
(so each side's hooks exist before timing). Then the first use: a fresh process
unstructuring and structuring the realistic spec once (making each class's hooks),
the median of fresh processes taking turns.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import timeit
import types
from functools import partial
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TASKS = ROOT / "tests" / "fixtures" / "tasks"
WORKLOADS = ["realistic", "large"]


def _module_at(rev: str) -> types.ModuleType:
    """flyte_lite/converter.py as it is at git revision ``rev``, as a module of its own."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:flyte_lite/converter.py"],
                            check=True, capture_output=True, text=True).stdout
    module = types.ModuleType(f"converter_at_{rev}")
    module.__file__ = f"<{rev}:flyte_lite/converter.py>"
    sys.modules[module.__name__] = module  # for the annotations attrs and cattrs resolve
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def _per_call_us(fn: Callable[[], Any], number: int) -> float:
    return timeit.Timer(fn).timeit(number) / number * 1e6


def _compare(new: Callable[[], Any], old: Callable[[], Any],
             repeat: int) -> tuple[float, float]:
    new(), old()
    number = max(1, timeit.Timer(new).autorange()[0] // 4)
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(_per_call_us(new, number))
        theirs.append(_per_call_us(old, number))
    return statistics.median(ours), statistics.median(theirs)


def _first_use(rev: str) -> None:
    """In a fresh process: print the ms of the first unstructure and structure."""
    from flyte_lite.models.admin.task import TaskSpec

    spec = TaskSpec.from_bytes((TASKS / "realistic.pb").read_bytes())
    if rev == ".":
        from flyte_lite import converter as module
    else:
        module = _module_at(rev)
    start = time.perf_counter()
    data = module.unstructure(spec)
    middle = time.perf_counter()
    module.structure(data, TaskSpec)
    end = time.perf_counter()
    print((middle - start) * 1e3, (end - middle) * 1e3)


def _first_uses(rev: str, runs: int) -> list[tuple[float, float]]:
    found = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--first-use", rev], check=True,
                             capture_output=True, text=True).stdout.split()
        found.append((float(out[0]), float(out[1])))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--first-use", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first_use:
        return _first_use(args.first_use)

    from flyte_lite import converter as new
    from flyte_lite.models.admin.task import TaskSpec

    old = _module_at(args.base)
    print(f"flyte_lite.converter: this tree (new) against {args.base} (old), "
          f"median us per call of {args.repeat} runs")
    print(f"{'workload':<10} {'operation':<12} {'new':>10} {'old':>10} {'new/old':>8}")
    for name in WORKLOADS:
        spec = TaskSpec.from_bytes((TASKS / f"{name}.pb").read_bytes())
        data = new.unstructure(spec)
        assert old.unstructure(spec) == data
        assert new.structure(data, TaskSpec) == spec == old.structure(data, TaskSpec)
        rows = [
            ("unstructure", partial(new.unstructure, spec), partial(old.unstructure, spec)),
            ("structure", partial(new.structure, data, TaskSpec),
             partial(old.structure, data, TaskSpec)),
        ]
        for op, mine, base in rows:
            n, o = _compare(mine, base, args.repeat)
            print(f"{name:<10} {op:<12} {n:>10.1f} {o:>10.1f} {n / o:>8.2f}")
    runs = max(3, args.repeat // 3)
    news, olds = [], []
    for _ in range(runs):  # taking turns
        news += _first_uses(".", 1)
        olds += _first_uses(args.base, 1)
    print(f"first use, fresh process (realistic), median ms of {runs}")
    for i, op in enumerate(("unstructure", "structure")):
        n = statistics.median(t[i] for t in news)
        o = statistics.median(t[i] for t in olds)
        print(f"{'realistic':<10} {op:<12} {n:>10.2f} {o:>10.2f} {n / o:>8.2f}")


if __name__ == "__main__":
    main()
