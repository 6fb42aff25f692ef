"""flyte_lite.converter against another version of itself (by default main's), in one run.

    python bench/converter.py                 # against `git show main:flyte_lite/converter.py`
    python bench/converter.py --base HEAD~3   # against another commit's
    python bench/converter.py --repeat 5      # quicker

Times ``unstructure`` and ``structure`` of the golden task specs (tests/fixtures/tasks:
realistic ~1 KB, large ~100 KB) through each version's module functions, the two sides
taking turns run by run; every figure is the median of per-call times, after a warm-up
(so each side's hooks exist before timing).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import timeit
import types
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

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
            ("unstructure", lambda: new.unstructure(spec), lambda: old.unstructure(spec)),
            ("structure", lambda: new.structure(data, TaskSpec),
             lambda: old.structure(data, TaskSpec)),
        ]
        for op, mine, base in rows:
            n, o = _compare(mine, base, args.repeat)
            print(f"{name:<10} {op:<12} {n:>10.1f} {o:>10.1f} {n / o:>8.2f}")


if __name__ == "__main__":
    main()
