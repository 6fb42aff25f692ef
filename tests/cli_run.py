"""Running ``flyte-lite`` in tests: in this process through ``main()`` (fast), or in a
fresh process for the few tests that need a real one."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple, Optional

from flyte_lite.cli import main

ROOT = Path(__file__).resolve().parent.parent
PROCESS = [sys.executable, "-m", "flyte_lite"]


class Result(NamedTuple):
    """What a run of ``flyte-lite`` gave: exit status, standard output and error bytes."""

    returncode: int
    stdout: bytes
    stderr: bytes


def run(*args: str, stdin: Optional[bytes] = None, exe: Optional[list[str]] = None,
        cwd: Path = ROOT) -> Result:
    """``flyte-lite ARGS`` from ``cwd`` (the repository root unless given): in this process
    through ``main()``, with standard streams of its own, or with ``exe`` in a fresh process."""
    if exe is not None:
        done = subprocess.run(
            [*exe, *args],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            cwd=cwd,
            timeout=120,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)
    streams = (sys.stdin, sys.stdout, sys.stderr)
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="\n")
    sys.stderr = io.TextIOWrapper(err_bytes, encoding="utf-8", newline="\n")
    here = os.getcwd()
    os.chdir(cwd)
    try:
        try:
            status = main(list(args))
        except SystemExit as exc:  # --help, --version, usage errors
            status = exc.code if isinstance(exc.code, int) else 2
        sys.stdout.flush()
        sys.stderr.flush()
        return Result(status, out_bytes.getvalue(), err_bytes.getvalue())
    finally:
        os.chdir(here)
        sys.stdin, sys.stdout, sys.stderr = streams


def out(result: Result) -> str:
    return result.stdout.decode("utf-8")


def err(result: Result) -> str:
    return result.stderr.decode("utf-8")


def assert_error(result: Result, line: str) -> None:
    """Exit status 2, nothing on stdout, exactly ``flyte-lite: error: LINE`` on stderr."""
    assert (result.returncode, out(result), err(result)) == (2, "", f"flyte-lite: error: {line}\n")


