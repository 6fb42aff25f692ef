"""Benchmark the ``flyte-lite`` command on a big package, beside decoding alone, and on
hostile archives.

    python bench/package.py                  # 5000 tasks, 5 rounds; hostile archives
    python bench/package.py --tasks 1000 --rounds 3 --no-hostile

The package is generated: the golden fixture tasks (tests/fixtures/tasks, all but the
100 KB ``large``) in turn, each renamed, as ``pyflyte package`` lays them out. One run
times, round by round in turn: decoding every task's bytes in a loop (the message
alone, ``TaskSpec.from_bytes``, and the task, ``FlyteTask.from_bytes``), then
``flyte-lite ls``, ``flyte-lite show`` (the tree), and ``flyte-lite diff`` of the package
against itself and against a copy where every task changed, in this process with the
output going to /dev/null. Figures are the least CPU time of the rounds (the run other
work on the machine disturbed least). Hostile archives run each in a fresh process,
which reports its wall time and peak RSS.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
TASKS = ROOT / "tests" / "fixtures" / "tasks"


def make_package(path: Path, count: int, version: str = "") -> list[bytes]:
    """A ``pyflyte package``-like archive of ``count`` tasks (with ``version`` in their
    identifiers); their bytes, in order."""
    from flyte_lite.remote import FlyteTask

    sources = [FlyteTask.from_bytes(p.read_bytes()) for p in sorted(TASKS.glob("*.pb"))
               if p.stem != "large"]
    blobs = []
    with tarfile.open(path, "w:gz") as archive:
        for i in range(count):
            task = sources[i % len(sources)]
            renamed = task.replace(id=task.id.__class__(
                resource_type=task.id.resource_type, name=f"{task.name}_{i:05d}",
                version=version))
            data = renamed.serialize_to_string()
            blobs.append(data)
            info = tarfile.TarInfo(f"{i:05d}_{renamed.name}_1.pb")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return blobs


@contextlib.contextmanager
def quiet_stdout() -> Iterator[None]:
    saved = sys.stdout
    with open(os.devnull, "w", encoding="utf-8") as devnull:
        sys.stdout = devnull
        try:
            yield
        finally:
            sys.stdout = saved


def command(*argv: str) -> Callable[[], None]:
    from flyte_lite.cli import main

    def run() -> None:
        with quiet_stdout():
            status = main(list(argv))
        if status not in (0, 1):
            raise SystemExit(f"flyte-lite {' '.join(argv)} failed: {status}")

    return run


def package_figures(count: int, rounds: int) -> None:
    from flyte_lite.models.admin.task import TaskSpec
    from flyte_lite.remote import FlyteTask

    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "big.tgz"
        blobs = make_package(package, count)
        changed = Path(tmp) / "changed.tgz"  # every task's id.version differs
        make_package(changed, count, version="v2")
        size = package.stat().st_size

        def decode_specs() -> None:
            for data in blobs:
                TaskSpec.from_bytes(data)

        def decode_tasks() -> None:
            for data in blobs:
                FlyteTask.from_bytes(data)

        cases: dict[str, Callable[[], None]] = {
            "decode loop: TaskSpec.from_bytes": decode_specs,
            "decode loop: FlyteTask.from_bytes": decode_tasks,
            "ls": command("ls", str(package)),
            "show (tree)": command("show", str(package)),
            "diff (against itself)": command("diff", str(package), str(package)),
            "diff (every task changed)": command("diff", str(package), str(changed)),
        }
        samples: dict[str, list[float]] = {name: [] for name in cases}
        for fn in cases.values():  # warm up: first-use code generation
            fn()
        for _ in range(rounds):
            for name, fn in cases.items():
                start = time.process_time()
                fn()
                samples[name].append(time.process_time() - start)
    medians = {name: min(runs) for name, runs in samples.items()}
    specs = medians["decode loop: TaskSpec.from_bytes"]
    tasks = medians["decode loop: FlyteTask.from_bytes"]
    print(f"package: {count} tasks, {size / 1e3:.0f} KB gzipped, "
          f"{sum(map(len, blobs)) / 1e6:.1f} MB of TaskSpecs; least CPU time of {rounds} rounds\n")
    print("| operation | total | per task | vs decoding TaskSpecs | vs decoding FlyteTasks |")
    print("|---|---|---|---|---|")
    for name, seconds in medians.items():
        print(f"| {name} | {seconds:.2f} s | {seconds / count * 1e6:.0f} µs | "
              f"{seconds / specs:.2f}x | {seconds / tasks:.2f}x |")
    print()


# --- hostile archives -------------------------------------------------------------------------

_CHILD = """\
import re, sys, time
sys.argv[0] = "flyte-lite"
from flyte_lite.cli import main
start = time.perf_counter()
import contextlib, io, os
with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull), \\
        contextlib.redirect_stderr(io.StringIO()) as err:
    status = main(sys.argv[1:])
wall = time.perf_counter() - start
with open("/proc/self/status") as status_file:  # this process's own peak, not its parent's
    peak = int(re.search(r"VmHWM:\\s+(\\d+)", status_file.read())[1])
print(status, wall, peak, err.getvalue()[:160])
"""


def zero_bomb(path: Path, name: str, size: int) -> None:
    """A .tgz holding one member of ``size`` zero bytes (compressed while written)."""
    info = tarfile.TarInfo(name)
    info.size = size
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    with path.open("wb") as file:
        file.write(compressor.compress(info.tobuf(format=tarfile.GNU_FORMAT)))
        left = size
        while left:
            part = chunk[: min(left, len(chunk))]
            file.write(compressor.compress(part))
            left -= len(part)
        file.write(compressor.compress(bytes(-size % 512 + 1024)))
        file.write(compressor.flush())


def junk(path: Path, count: int) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for i in range(count):
            archive.addfile(tarfile.TarInfo(f"junk/{i:06d}.txt"), io.BytesIO(b""))
        data = (TASKS / "add_one.pb").read_bytes()
        info = tarfile.TarInfo("0_workflows.typed.add_one_1.pb")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))


def repeated(path: Path, count: int) -> None:
    data = (TASKS / "add_one.pb").read_bytes()
    with tarfile.open(path, "w:gz") as archive:
        for i in range(count):
            info = tarfile.TarInfo(f"{i:05d}_t_1.pb")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def hostile_figures(code: Optional[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bomb, junk_path, same = folder / "bomb.tgz", folder / "junk.tgz", folder / "same.tgz"
        zero_bomb(bomb, "1_bomb_1.pb", 1 << 30)
        junk(junk_path, 100_000)
        repeated(same, 16_000)
        cases = [
            (f"1 GiB zero member ({bomb.stat().st_size / 1e6:.1f} MB .tgz): ls",
             ["ls", str(bomb)]),
            ("100,000 junk members + 1 task: ls", ["ls", str(junk_path)]),
            ("16,000 tasks of one name: diff against itself", ["diff", str(same), str(same)]),
        ]
        print("| hostile archive | exit | wall | peak RSS | stderr |")
        print("|---|---|---|---|---|")
        for title, argv in cases:
            env = dict(os.environ, PYTHONPATH=code) if code else None
            done = subprocess.run([sys.executable, "-c", _CHILD, *argv], capture_output=True,
                                  text=True, check=True, cwd=code or ROOT, env=env)
            status, wall, rss, *message = done.stdout.split(" ", 3)
            print(f"| {title} | {status} | {float(wall):.2f} s | {int(rss) / 1024:.0f} MiB | "
                  f"{' '.join(message).strip()[:90]} |")
        print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=5000, help="tasks in the package")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile archives")
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile archives")
    parser.add_argument("--code", metavar="DIR",
                        help="run the hostile archives with the flyte_lite in DIR (an older "
                        "checkout, e.g. from `git archive`), to compare")
    args = parser.parse_args()
    print(f"CPython {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} CPUs\n")
    if not args.hostile_only:
        package_figures(args.tasks, args.rounds)
    if not args.no_hostile:
        hostile_figures(args.code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
