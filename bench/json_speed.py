"""flyte_lite's JSON mapping against google.protobuf.json_format on the upb backend.

    python bench/json_speed.py              # median of 15 runs per figure
    python bench/json_speed.py --repeat 5   # quicker

Times, on golden task specs (tests/fixtures/tasks), writing JSON text
(``to_json`` vs ``MessageToJson(indent=None)``), reading it (``from_json`` vs
``Parse``), and the dict forms (``to_dict`` vs ``MessageToDict``, ``from_dict`` vs
``ParseDict``). Both sides read and write the same JSON; every figure is a median of
per-call times over repeated runs, after a warm-up (so generated code already exists).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TASKS = ROOT / "tests" / "fixtures" / "tasks"
# heavy: a realistic ~1 KB python task (resources, secrets, env, GPU); structured: ~1.8 KB
# with dataclass JSON schemas in Struct metadata; large: ~100 KB (300 inputs, pod spec).
WORKLOADS = ["heavy", "structured", "large"]


def _per_call_us(fn: Callable[[], Any], number: int) -> float:
    return timeit.Timer(fn).timeit(number) / number * 1e6


def _compare(mine: Callable[[], Any], ref: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median per-call times, the two sides timed alternately so load hits both alike."""
    mine(), ref()  # warm-up: generated code and caches exist before timing
    number = max(1, timeit.Timer(mine).autorange()[0] // 4)
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(_per_call_us(mine, number))
        theirs.append(_per_call_us(ref, number))
    return statistics.median(ours), statistics.median(theirs)


def _pairs(ours: Any, theirs: Any, ref_cls: Any, text: str, tree: Any) -> list[Any]:
    from google.protobuf import json_format

    cls = type(ours)
    return [
        ("to_json", ours.to_json, lambda: json_format.MessageToJson(theirs, indent=None)),
        ("from_json", lambda: cls.from_json(text), lambda: json_format.Parse(text, ref_cls())),
        ("to_dict", ours.to_dict, lambda: json_format.MessageToDict(theirs)),
        ("from_dict", lambda: cls.from_dict(tree), lambda: json_format.ParseDict(tree, ref_cls())),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    from google.protobuf import json_format
    from google.protobuf.internal import api_implementation

    from flyte_lite.models.admin.task import TaskSpec
    from tests.conftest import reference_class

    print(f"protobuf backend: {api_implementation.Type()}")
    Ref = reference_class("flyteidl.admin.TaskSpec")
    header = (
        f"{'workload':<11} {'operation':<10} {'flyte_lite':>12} {'json_format':>12} {'ratio':>7}"
    )
    print(header)
    print("-" * len(header))
    for name in WORKLOADS:
        path = TASKS / f"{name}.pb"
        if not path.exists():
            continue
        data = path.read_bytes()
        ours, theirs = TaskSpec.from_bytes(data), Ref.FromString(data)
        text = json_format.MessageToJson(theirs, indent=None)
        tree = json_format.MessageToDict(theirs)
        assert ours.to_dict() == tree and TaskSpec.from_json(text) == ours
        label = f"{name} ({len(text) / 1024:.1f} KB JSON)"
        print(label)
        for op, mine, ref in _pairs(ours, theirs, Ref, text, tree):
            a, b = _compare(mine, ref, args.repeat)
            print(f"{'':<11} {op:<10} {a:>10.1f}us {b:>10.1f}us {b / a:>6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
