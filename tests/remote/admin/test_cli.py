"""``flyte-lite get`` and ``flyte-lite register`` against the stand-in server, run as a
user runs them: the real command in a subprocess, configured by environment variables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.remote.admin.conftest import PROXY_VARIABLES, spec_of
from tests.remote.admin.server import FakeAdmin
from tests.remote.admin.test_register import task_entries, write_package

WHERE = ["-p", "flytesnacks", "-d", "development"]


def run(admin: FakeAdmin, tmp_path: Path, *args: str,
        **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("FLYTE", "_FLYTE")) and k not in PROXY_VARIABLES}
    environ.update({"HOME": str(tmp_path), "FLYTE_PLATFORM_URL": admin.endpoint,
                    "FLYTE_PLATFORM_INSECURE": "true", **env})
    environ = {k: v for k, v in environ.items() if v}  # VAR="" leaves VAR unset
    return subprocess.run([sys.executable, "-m", "flyte_lite", *args], capture_output=True,
                          text=True, env=environ, cwd=tmp_path, timeout=60, check=False)


@pytest.fixture
def stocked(admin: FakeAdmin) -> FakeAdmin:
    for version in ("v1", "v2"):
        admin.add_task(spec_of("add_one"), version=version)
    admin.add_task(spec_of("heavy"), version="v1")
    return admin


def test_get_one_version_as_a_tree(stocked: FakeAdmin, tmp_path: Path) -> None:
    done = run(stocked, tmp_path, "get", "task", *WHERE, "workflows.typed.add_one",
               "--version", "v1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Flyte Serialized object (FlyteTask):\n")
    assert "version: v1" in done.stdout


def test_get_latest_as_json(stocked: FakeAdmin, tmp_path: Path) -> None:
    done = run(stocked, tmp_path, "get", "task", *WHERE, "workflows.typed.add_one",
               "--latest", "-o", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["template"]["id"]["version"] == "v2"


def test_get_every_version_and_every_task(stocked: FakeAdmin, tmp_path: Path) -> None:
    done = run(stocked, tmp_path, "get", "task", *WHERE, "workflows.typed.add_one")
    assert [line.split()[:2] for line in done.stdout.splitlines()] == [
        ["v2", "workflows.typed.add_one"], ["v1", "workflows.typed.add_one"]]
    everything = run(stocked, tmp_path, "get", "task", *WHERE, "-o", "json", "--limit", "2")
    names = [t["template"]["id"]["name"] for t in json.loads(everything.stdout)]
    assert names == ["workflows.typed.heavy", "workflows.typed.add_one"]
    summary = run(stocked, tmp_path, "get", "task", *WHERE, "--filter", "eq(version,v1)",
                  "-o", "summary")
    assert summary.stdout.count("task:") == 2 and "\n\ntask:" in summary.stdout
    yaml_like = run(stocked, tmp_path, "get", "task", *WHERE, "workflows.typed.heavy",
                    "-o", "yaml")
    assert yaml_like.stdout.startswith("--- # workflows.typed.heavy@v1\n")


def test_get_errors_are_one_line(stocked: FakeAdmin, tmp_path: Path) -> None:
    done = run(stocked, tmp_path, "get", "task", *WHERE, "nope", "--version", "v1")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("flyte-lite: error: GET /api/v1/tasks/flytesnacks/development/"
                                  "nope/v1?id.resource_type=TASK: NOT_FOUND (HTTP 404): ")
    unconfigured = run(stocked, tmp_path, "get", "task", *WHERE, FLYTE_PLATFORM_URL="")
    assert unconfigured.returncode == 2
    assert unconfigured.stderr == ("flyte-lite: error: no FlyteAdmin endpoint configured: set "
                                   "FLYTE_PLATFORM_URL, or admin.endpoint in "
                                   "~/.flyte/config.yaml, or give a config file\n")
    needs_name = run(stocked, tmp_path, "get", "task", *WHERE, "--latest")
    assert needs_name.returncode == 2 and "--latest need a NAME" in needs_name.stderr


def test_register_a_package(admin: FakeAdmin, tmp_path: Path) -> None:
    package = write_package(tmp_path / "tasks.tgz", task_entries()[:3])
    done = run(admin, tmp_path, "register", str(package), *WHERE, "--version", "v5")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 4
    assert all(line.startswith("created  task flytesnacks/development/") for line in lines[:3])
    assert lines[3] == ("registered 3 entities at version v5: 3 created, "
                        "0 already registered")
    again = run(admin, tmp_path, "register", str(package), *WHERE, "--version", "v5")
    assert again.stdout.splitlines()[3].endswith("0 created, 3 already registered")
    assert again.stdout.startswith("existed  task ")


def test_register_refuses_workflows(admin: FakeAdmin, tmp_path: Path) -> None:
    done = run(admin, tmp_path, "register", str(FIXTURES / "package.tgz"), *WHERE,
               "--version", "v1")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "registering workflows and launch plans is not supported yet" in done.stderr
    assert admin.requests == []


def test_register_with_a_yaml_config(admin: FakeAdmin, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(f"admin:\n  endpoint: {admin.base}\n  insecure: true\n")
    package = write_package(tmp_path / "one.tgz", task_entries()[:1])
    done = run(admin, tmp_path, "register", str(package), *WHERE, "--version", "v1",
               "--config", str(config), FLYTE_PLATFORM_URL="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("1 created, 0 already registered\n")
