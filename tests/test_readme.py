"""The README's examples run as written.

Every fenced block of README.md is one of:

- ``python``: run, in order, in one namespace (as a reader would type them into one
  session), from a copy of the repository's fixtures. The examples that talk to a
  FlyteAdmin get the stand-in of ``tests/remote/admin`` (configured as a user would,
  by ``FLYTE_PLATFORM_URL``), holding ``workflows.typed.add_one`` version ``v1``, and
  the ``tasks.tgz`` they register is the fixture package's tasks.
- ``console``: each ``$ COMMAND`` line is run by bash (stderr merged into stdout, as a
  terminal shows both) in the same copy, and what it prints must be exactly the lines
  that follow it, up to the next ``$``.
- ``sh``: installing, testing and benchmarking (``pip install``, ``pytest``,
  ``bench/run.py``): listed below and not run here, since they install packages or run
  this very suite.
- no language: text (the layout listing), not code.

A block of any other kind fails the test until it is classified here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli_run import ROOT

README = ROOT / "README.md"
_FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```\s*$", re.M | re.S)
#: The ``sh`` blocks, not run here: they install packages or run the test suite itself.
SH_BLOCKS = {
    "pip install -e . && flyte-lite show",
    "pip install -e '.[test]' && python -m pytest",
    "pip install -e '.[bench]' && python bench/run.py",
}
_MARK = "@@@ end of command @@@"


def blocks(lang: str) -> list[tuple[int, str]]:
    """``(line number, text)`` of each block of language ``lang``, in order."""
    text = README.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m["body"])
        for m in _FENCE.finditer(text)
        if m["lang"] == lang
    ]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding a copy of ``tests/fixtures``, as the current directory."""
    shutil.copytree(
        ROOT / "tests" / "fixtures",
        tmp_path / "tests" / "fixtures",
        ignore=shutil.ignore_patterns("workflows", "__pycache__"),
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_block_is_classified() -> None:
    text = README.read_text(encoding="utf-8")
    languages = {m["lang"] for m in _FENCE.finditer(text)}
    assert languages <= {"python", "console", "sh", ""}, languages
    assert {body.strip() for _, body in blocks("sh")} == SH_BLOCKS
    assert blocks("python") and blocks("console")
    assert text.count("```") == 2 * len(list(_FENCE.finditer(text)))  # no stray fence


@pytest.fixture
def flyteadmin(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The stand-in FlyteAdmin, configured through the environment as a user would."""
    from tests.remote.admin.conftest import PROXY_VARIABLES, spec_of
    from tests.remote.admin.server import FakeAdmin
    from tests.remote.admin.test_register import task_entries, write_package

    server = FakeAdmin()
    server.start()
    try:
        server.add_task(spec_of("add_one"), version="v1")
        write_package(workspace / "tasks.tgz", task_entries())
        for name in [*os.environ]:
            if name.startswith(("FLYTE", "_FLYTE")) or name in PROXY_VARIABLES:
                monkeypatch.delenv(name)
        monkeypatch.setenv("HOME", str(workspace))
        monkeypatch.setenv("FLYTE_PLATFORM_URL", server.endpoint)
        monkeypatch.setenv("FLYTE_PLATFORM_INSECURE", "true")
        yield
    finally:
        server.stop()


@pytest.mark.usefixtures("flyteadmin")
def test_python_blocks_run() -> None:
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    for line, body in blocks("python"):
        exec(compile(body, f"README.md:{line}", "exec"), namespace)


def console_steps(body: str) -> list[tuple[str, list[str]]]:
    """``(command, expected output lines)`` of each ``$`` line of a console block."""
    steps: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            assert steps, f"output before any command: {line!r}"
            steps[-1][1].append(line)
    return steps


@pytest.mark.parametrize(("line", "body"), blocks("console"), ids=lambda v: str(v)[:20])
def test_console_blocks_print_what_they_show(line: int, body: str, workspace: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here")
    steps = console_steps(body)
    script = ["exec 2>&1", "__status=0"]
    for command, _ in steps:
        script += [f"(exit $__status); {command}", "__status=$?", f"echo '{_MARK}'"]
    bin_dir = str(Path(sys.executable).parent)
    done = subprocess.run(
        [bash, "-c", "\n".join(script)],
        capture_output=True,
        text=True,
        cwd=workspace,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(workspace), "LANG": "C.UTF-8"},
        timeout=300,
        check=False,
    )
    outputs = done.stdout.split(f"{_MARK}\n")
    assert outputs[-1] == ""  # every command ran to its mark
    for (command, expected), got in zip(steps, outputs):
        assert (command, got.splitlines()) == (command, expected)
    assert len(outputs) == len(steps) + 1
