"""Decode time and peak memory on hostile inputs, beside flyteidl (upb), at several sizes.

    python bench/hostile.py                    # every shape at 0.1, 0.3, 1 and 3 MB
    python bench/hostile.py --sizes 0.1,1 --shapes merge_unknown,empty_variants

Each run is a fresh interpreter (so peak memory is that decode's alone): it builds the
input, notes its peak RSS, decodes once, and reports the seconds and the growth of peak
RSS. Cost per byte (time, and memory as a multiple of the input size) should stay flat
as the input grows; a run slower than ``--limit`` seconds is stopped and shown as such.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _field(number: int, payload: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _repeat(unit: bytes, size: int) -> bytes:
    return unit * max(1, size // len(unit))


def _interface(size: int) -> bytes:
    # VariableMap entries {"v<i>": Variable(type=LiteralType(simple=INTEGER))}, in
    # TypedInterface.inputs: about 18 bytes each
    entries = bytearray()
    i = 0
    while len(entries) < size:
        variable = _field(1, b"\x08\x01")  # type {simple: INTEGER}
        entries += _field(1, _field(1, b"v%07d" % i) + _field(2, variable))
        i += 1
    return _field(1, bytes(entries))


def _entry_value_merge(size: int) -> bytes:
    # one Struct entry whose Value occurs again and again, each with an unknown field
    value = _field(2, b"\x98\x06\x00")
    return _field(1, _field(1, b"k") + _repeat(value, size))


#: shape -> (full message name, input of about ``size`` bytes)
SHAPES = {
    # a singular message field occurring again and again, each with an unknown field
    "merge_unknown": ("flyteidl.core.TaskTemplate", lambda n: _repeat(b"\x32\x03\x98\x06\x00", n)),
    # the same with a Struct field (plain data in flyte_lite)
    "struct_merge": ("flyteidl.core.TaskTemplate", lambda n: _repeat(b"\x2a\x03\x98\x06\x00", n)),
    # a Struct entry's Value merged again and again
    "entry_value_merge": ("google.protobuf.Struct", _entry_value_merge),
    # 2 bytes per empty LiteralType in union_type.variants
    "empty_variants": ("flyteidl.core.LiteralType",
                       lambda n: _field(10, _repeat(b"\x0a\x00", n))),
    # 4 bytes per LiteralType {simple: INTEGER}
    "tiny_variants": ("flyteidl.core.LiteralType",
                      lambda n: _field(10, _repeat(b"\x0a\x02\x08\x01", n))),
    # 5 bytes per LiteralType {simple: 128}: the smallest elements that are not shared
    "small_variants": ("flyteidl.core.LiteralType",
                       lambda n: _field(10, _repeat(b"\x0a\x03\x08\x80\x01", n))),
    # 2 bytes per empty Container.env entry
    "empty_env": ("flyteidl.core.Container", lambda n: _repeat(b"\x2a\x00", n)),
    # ~18 bytes per interface variable
    "interface_vars": ("flyteidl.core.TypedInterface", _interface),
}

_CHILD = """
import resource, sys, time
sys.path[:0] = {paths!r}
sys.setrecursionlimit(10000)
sys.path.insert(0, {bench!r})
from hostile import SHAPES
full_name, make = SHAPES[{shape!r}]
data = make({size})
if {impl!r} == "upb":
    import flyteidl.admin.task_pb2, flyteidl.core.workflow_pb2
    from google.protobuf import message_factory, symbol_database
    pool = symbol_database.Default().pool
    decode = message_factory.GetMessageClass(pool.FindMessageTypeByName(full_name)).FromString
else:
    import flyte_lite
    decode = flyte_lite.message_class(full_name).from_bytes
decode(make(1000))  # warm up: flyte_lite generates (or loads) each class's code on first use
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
message = decode(data)
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(data), seconds, (after - before) * 1024)
"""


def run(impl: str, shape: str, size: int, limit: float) -> Optional[tuple[int, float, int]]:
    """(input bytes, seconds, peak RSS growth in bytes), or None past ``limit`` seconds."""
    import site

    code = _CHILD.format(paths=[str(ROOT), *site.getsitepackages()], bench=str(ROOT / "bench"),
                         shape=shape, size=size, impl=impl)
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=limit, check=True, env=dict(os.environ))
    except subprocess.TimeoutExpired:
        return None
    n, seconds, grown = proc.stdout.split()
    return int(n), float(seconds), int(grown)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.1,0.3,1,3", help="input sizes in MB")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per run")
    args = parser.parse_args(argv)
    sizes = [int(float(s) * 1_000_000) for s in args.sizes.split(",")]
    print("| shape | input | flyte_lite | per byte | peak memory | x input | "
          "upb | upb peak memory |")
    print("|---|---|---|---|---|---|---|---|")
    for shape in args.shapes.split(","):
        slow = False
        for size in sizes:
            ours = None if slow else run("flyte_lite", shape, size, args.limit)
            upb = run("upb", shape, size, args.limit)
            n = upb[0] if upb else size
            if ours is None:
                slow = True  # larger inputs would only take longer
                cells = [f"> {args.limit:.0f} s", "-", "-", "-"]
            else:
                _, seconds, grown = ours
                cells = [f"{seconds:.3f} s", f"{seconds / n * 1e9:.0f} ns",
                         f"{grown / 2**20:.1f} MiB", f"{grown / n:.1f}x"]
            upb_cells = ([f"{upb[1]:.3f} s", f"{upb[2] / 2**20:.1f} MiB"] if upb
                         else ["-", "-"])
            print(f"| {shape} | {n / 1e6:.2f} MB | " + " | ".join(cells + upb_cells) + " |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
