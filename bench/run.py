"""Benchmark flyte_lite against flyteidl (upb), protobuf's pure-Python backend and flytekit.

    pip install -e '.[bench]' && python bench/run.py            # full run, a few minutes
    python bench/run.py --quick                                 # fewer repeats

Every figure is the median of repeated runs, all measured in this one run, on the same
golden task specs (tests/fixtures/tasks): a realistic flytekit python task (~1 KB) and
a large one (~100 KB: 300 inputs, a big pod spec). Implementations take turns run by
run (protobuf's pure-Python backend, which needs its own process, runs after the
others). Competitors that are not installed are skipped. Encoding is timed on freshly
decoded objects (built outside the timed loop), so no implementation can answer from
a cache.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import site
import statistics
import subprocess
import sys
import time
import timeit
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
TASKS = ROOT / "tests" / "fixtures" / "tasks"
WORKLOADS = {"small": TASKS / "realistic.pb", "large": TASKS / "large.pb"}
if not WORKLOADS["small"].exists():  # older fixture sets
    WORKLOADS["small"] = TASKS / "heavy.pb"


class Timer:
    """One operation to time, calibrated so that a run takes about ``budget`` seconds.

    ``fn`` is called with no arguments, or, when ``make`` is given, with a fresh
    ``make()`` result built before the timed loop (to time encoding freshly built
    objects, so no implementation can answer from a cache).
    """

    def __init__(self, fn: Callable[..., Any], make: Optional[Callable[[], Any]] = None,
                 budget: float = 0.05) -> None:
        self.fn, self.make = fn, make
        self.number = 1
        self.run()  # warm up (first-use code generation, caches)
        while True:
            elapsed = self.run() * self.number
            if elapsed >= budget or self.number >= 1_000_000:
                break
            self.number *= 4
        self.number = max(1, int(self.number * budget / max(elapsed, 1e-9)))

    def run(self) -> float:
        """Seconds per call, over one run of ``self.number`` calls."""
        if self.make is None:
            return timeit.timeit(self.fn, number=self.number) / self.number
        objects = [self.make() for _ in range(self.number)]
        fn = self.fn
        start = time.perf_counter()
        for obj in objects:
            fn(obj)
        return (time.perf_counter() - start) / self.number


def measure(implementations: dict[str, dict[str, Timer]],
            repeats: int) -> dict[str, dict[str, float]]:
    """Median seconds per call of every timer, by implementation and case.

    The runs go round by round, every implementation of a case one after another, so
    a slow spell on the machine falls on all of them alike, not on one.
    """
    samples: dict[str, dict[str, list[float]]] = {
        impl: {case: [] for case in timers} for impl, timers in implementations.items()}
    cases = list(dict.fromkeys(c for timers in implementations.values() for c in timers))
    for _ in range(repeats):
        for case in cases:
            for impl, timers in implementations.items():
                if case in timers:
                    samples[impl][case].append(timers[case].run())
    return {impl: {case: statistics.median(runs) for case, runs in by_case.items()}
            for impl, by_case in samples.items()}


def versus_flytekit(what: str, description: str, ours: Callable[[], dict[str, Timer]],
                    theirs: Callable[[], dict[str, Timer]]) -> int:
    """The main of a benchmark of flyte_lite's ``ours()`` timers against flytekit's
    ``theirs()`` (left out when flytekit is not installed): one table, case by case."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (noisier)")
    args = parser.parse_args()
    implementations = {"flyte_lite": ours()}
    try:
        implementations["flytekit"] = theirs()
    except ImportError:
        print("flytekit not installed: measuring flyte_lite only", file=sys.stderr)
    results = measure(implementations, 5 if args.quick else 11)
    print(f"flyte_lite {what} benchmark: {machine()}\n")
    print("| case | flyte_lite | flytekit | vs flytekit |\n|---|---|---|---|")
    for case, time_ours in results["flyte_lite"].items():
        kit = results.get("flytekit", {}).get(case)
        print(f"| {case} | {_fmt(time_ours)} | {_fmt(kit)} | {_ratio(kit, time_ours)} |")
    return 0


# --- what each implementation does, per workload ----------------------------------------

def flyte_lite_timers(data: dict[str, bytes]) -> dict[str, Timer]:
    from flyte_lite.remote import FlyteTask

    timers = {}
    for name, raw in data.items():
        task = FlyteTask.from_bytes(raw)
        text = task.to_json()
        timers.update({
            f"{name}.decode": Timer(lambda raw=raw: FlyteTask.from_bytes(raw)),
            f"{name}.encode": Timer(lambda t: t.serialize_to_string(),
                                    make=lambda raw=raw: FlyteTask.from_bytes(raw)),
            f"{name}.roundtrip": Timer(
                lambda raw=raw: FlyteTask.from_bytes(raw).serialize_to_string()),
            f"{name}.to_json": Timer(task.to_json),
            f"{name}.from_json": Timer(lambda text=text: FlyteTask.from_json(text)),
        })
    return timers


def protobuf_timers(data: dict[str, bytes]) -> dict[str, Timer]:
    """flyteidl's generated classes on whichever protobuf backend this process uses."""
    from flyteidl.admin import task_pb2
    from google.protobuf import json_format

    spec = task_pb2.TaskSpec
    timers = {}
    for name, raw in data.items():
        msg = spec.FromString(raw)
        text = json_format.MessageToJson(msg)
        timers.update({
            f"{name}.decode": Timer(lambda raw=raw: spec.FromString(raw)),
            f"{name}.encode": Timer(lambda m: m.SerializeToString(),
                                    make=lambda raw=raw: spec.FromString(raw)),
            f"{name}.roundtrip": Timer(
                lambda raw=raw: spec.FromString(raw).SerializeToString()),
            f"{name}.to_json": Timer(lambda msg=msg: json_format.MessageToJson(msg)),
            f"{name}.from_json": Timer(lambda text=text: json_format.Parse(text, spec())),
        })
    return timers


def flytekit_timers(data: dict[str, bytes]) -> dict[str, Timer]:
    """flytekit's own path: parse with flyteidl, then build its Python models."""
    from flyteidl.admin import task_pb2
    from flytekit.models.task import TaskTemplate
    from flytekit.remote import FlyteTask

    def load(raw: bytes) -> Any:
        spec = task_pb2.TaskSpec.FromString(raw)
        return FlyteTask.promote_from_model(TaskTemplate.from_flyte_idl(spec.template))

    timers = {}
    for name, raw in data.items():
        timers.update({
            f"{name}.decode": Timer(lambda raw=raw: load(raw)),
            f"{name}.encode": Timer(lambda t: t.serialize_to_string(),
                                    make=lambda raw=raw: load(raw)),
            f"{name}.roundtrip": Timer(lambda raw=raw: load(raw).serialize_to_string()),
        })
    return timers


# --- fresh processes: import cost -----------------------------------------------------

_IMPORT_SNIPPETS = {
    "flyte_lite": "from flyte_lite.remote import FlyteTask\nFlyteTask.from_bytes(DATA)",
    "flyteidl (upb)": "import flyteidl.admin.task_pb2 as t\nt.TaskSpec.FromString(DATA)",
    "flytekit": (
        "from flytekit.remote import FlyteTask\n"
        "from flytekit.models.task import TaskTemplate\n"
        "import flyteidl.admin.task_pb2 as t\n"
        "FlyteTask.promote_from_model(TaskTemplate.from_flyte_idl("
        "t.TaskSpec.FromString(DATA).template))"
    ),
}


def measure_processes(snippets: dict[str, str], path: Path,
                      runs: int) -> dict[str, Optional[tuple[float, float]]]:
    """Median wall seconds and peak RSS (MiB) of a fresh interpreter running each snippet
    (None for one that fails, e.g. not installed).

    The snippets take turns, round by round, so a slow spell on the machine hits all of
    them alike. Bytecode caching is on (as after a normal install) and a first, untimed
    round writes any missing .pyc files. The interpreter starts without ``site``
    (``-S``), with this checkout and the site-packages directories on ``sys.path``:
    ``.pth`` start-up hooks, such as the finder an editable install adds (which imports
    pathlib, re, typing... before the snippet runs), would otherwise make the figures
    depend on how things were installed.
    """
    paths = [str(ROOT), *site.getsitepackages()]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    walls: dict[str, list[float]] = {label: [] for label in snippets}
    rss: dict[str, list[float]] = {label: [] for label in snippets}
    failed: set[str] = set()
    for attempt in range(runs + 1):
        for label, snippet in snippets.items():
            if label in failed:
                continue
            # VmHWM is the peak of this program's own memory (wait4's figure would
            # include the copy of this benchmark process between fork and exec).
            code = (f"import sys\nsys.path[:0] = {paths!r}\n"
                    f"DATA = open({str(path)!r}, 'rb').read()\n{snippet}\n"
                    "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])\n")
            start = time.perf_counter()
            proc = subprocess.run([sys.executable, "-S", "-c", code], env=env,
                                  capture_output=True, text=True)
            wall = time.perf_counter() - start
            if proc.returncode != 0:
                failed.add(label)
            elif attempt:  # the first round only warms the caches
                walls[label].append(wall)
                rss[label].append(int(proc.stdout.split()[-1]) / 1024)  # KiB
    return {label: None if label in failed else
            (statistics.median(walls[label]), statistics.median(rss[label]))
            for label in snippets}


# --- report ---------------------------------------------------------------------------

def _fmt(seconds: Optional[float]) -> str:
    if seconds is None:
        return "-"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e3:.2f} ms"


def _ratio(theirs: Optional[float], ours: Optional[float]) -> str:
    if theirs is None or ours is None:
        return "-"
    ratio = theirs / ours
    return f"{ratio:.1f}x" if ratio >= 1 else f"{ratio:.2f}x"


def report(results: dict[str, dict[str, float]], processes: dict[str, Any],
           sizes: dict[str, int]) -> str:
    lite = results["flyte_lite"]
    rows = ["| workload | operation | flyte_lite | flyteidl upb | pure-Python protobuf | "
            "flytekit | vs flytekit | vs pure-Python | vs upb |",
            "|---|---|---|---|---|---|---|---|---|"]
    for name, size in sizes.items():
        for op in ("decode", "encode", "roundtrip", "to_json", "from_json"):
            key = f"{name}.{op}"
            ours = lite.get(key)
            upb = results.get("upb", {}).get(key)
            pure = results.get("python", {}).get(key)
            kit = results.get("flytekit", {}).get(key)
            rows.append(f"| {name} ({size / 1024:.1f} KB) | {op} | {_fmt(ours)} | {_fmt(upb)} | "
                        f"{_fmt(pure)} | {_fmt(kit)} | {_ratio(kit, ours)} | "
                        f"{_ratio(pure, ours)} | {_ratio(upb, ours)} |")
    small = next(iter(sizes))
    per_byte = {n: lite[f"{n}.decode"] / s for n, s in sizes.items()}
    lines = ["\n".join(rows), ""]
    lines.append("Decode cost per byte: " + ", ".join(
        f"{n} {v * 1e9:.0f} ns" for n, v in per_byte.items())
        + f" (large/small: {per_byte['large'] / per_byte[small]:.2f})")
    lines += ["", "| fresh process: import + decode one TaskSpec | wall | peak RSS |",
              "|---|---|---|"]
    for label, value in processes.items():
        wall, rss = value if value else (None, None)
        lines.append(f"| {label} | {_fmt(wall)} | "
                     f"{'-' if rss is None else f'{rss:.1f} MiB'} |")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.python_implementation()} {platform.python_version()}, {cpu}, "
            f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (noisier)")
    parser.add_argument("--backend-only", choices=["python"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    repeats = 5 if args.quick else 11
    data = {name: path.read_bytes() for name, path in WORKLOADS.items()}

    if args.backend_only:  # child process: protobuf's pure-Python backend
        print(json.dumps(measure({"python": protobuf_timers(data)}, repeats)["python"]))
        return 0

    implementations = {"flyte_lite": flyte_lite_timers(data)}
    try:
        implementations["upb"] = protobuf_timers(data)
    except ImportError:
        print("flyteidl not installed: skipping upb and pure-Python protobuf", file=sys.stderr)
    try:
        implementations["flytekit"] = flytekit_timers(data)
    except ImportError:
        print("flytekit not installed: skipping it", file=sys.stderr)
    results = measure(implementations, repeats)
    if "upb" in results:  # the pure-Python backend needs a process of its own
        env = dict(os.environ, PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION="python")
        child = subprocess.run(
            [sys.executable, __file__, "--backend-only", "python"]
            + (["--quick"] if args.quick else []),
            env=env, capture_output=True, text=True, check=True)
        results["python"] = json.loads(child.stdout)

    processes = measure_processes(_IMPORT_SNIPPETS, WORKLOADS["small"],
                                  5 if args.quick else 25)
    sizes = {name: len(raw) for name, raw in data.items()}
    print(f"flyte_lite benchmark: {machine()}\n")
    print(report(results, processes, sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
