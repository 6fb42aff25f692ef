"""``flyte-lite get`` and ``flyte-lite register`` against the stand-in server, run as a
user runs them: the real command line, configured by environment variables (in this
process through ``main()``; tests/test_cli.py has the subprocess smoke tests)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import NamedTuple, Optional

import pytest
import yaml

from tests import cli_run
from tests.remote.admin.conftest import PROXY_VARIABLES, spec_of
from tests.remote.admin.server import FakeAdmin
from tests.remote.admin.test_register import GRAPHS, graph_entries, task_entries, write_package

WHERE = ["-p", "flytesnacks", "-d", "development"]


class Done(NamedTuple):
    """Exit status and decoded standard output and error of one command."""

    returncode: int
    stdout: str
    stderr: str


def run(admin: FakeAdmin, tmp_path: Path, *args: str, exe: Optional[list[str]] = None,
        **env: str) -> Done:
    """``flyte-lite ARGS`` in ``tmp_path`` with HOME there, the stand-in server's endpoint
    in the environment (plus ``env``; VAR="" leaves VAR unset) and no FLYTE_* or proxy
    variables from the machine; the environment is restored afterwards. In this process
    unless ``exe`` names a command to run in a fresh one."""
    saved = dict(os.environ)
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("FLYTE", "_FLYTE")) and k not in PROXY_VARIABLES}
    environ.update({"HOME": str(tmp_path), "FLYTE_PLATFORM_URL": admin.endpoint,
                    "FLYTE_PLATFORM_INSECURE": "true", **env})
    try:
        os.environ.clear()
        os.environ.update({k: v for k, v in environ.items() if v})
        done = cli_run.run(*args, cwd=tmp_path, exe=exe)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return Done(done.returncode, cli_run.out(done), cli_run.err(done))


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


def test_get_in_a_fresh_process(stocked: FakeAdmin, tmp_path: Path) -> None:
    """One smoke test of the real process: configuration from its environment, exit status."""
    done = run(stocked, tmp_path, "get", "task", *WHERE, "workflows.typed.add_one",
               "--version", "v1", exe=cli_run.PROCESS)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Flyte Serialized object (FlyteTask):\n")
    missing = run(stocked, tmp_path, "get", "task", *WHERE, "nope", "--version", "v1",
                  exe=cli_run.PROCESS)
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.startswith("flyte-lite: error: GET /api/v1/tasks/")


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
    as_yaml = run(stocked, tmp_path, "get", "task", *WHERE, "workflows.typed.heavy",
                  "--version", "v1", "-o", "yaml")
    assert yaml.safe_load(as_yaml.stdout) == json.loads(
        run(stocked, tmp_path, "get", "task", *WHERE, "workflows.typed.heavy",
            "--version", "v1", "-o", "json").stdout)


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


def test_register_a_whole_package_and_activate(admin: FakeAdmin, tmp_path: Path) -> None:
    done = run(admin, tmp_path, "register", str(GRAPHS), *WHERE, "--version", "v1",
               "--activate")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 43 + 20 + 1
    assert lines[0] == "created  task flytesnacks/development/graphs.tasks.double@v1"
    assert "created  workflow flytesnacks/development/graphs.nested.outer_wf@v1" in lines
    assert "activated launch plan flytesnacks/development/lp_cron@v1" in lines
    assert lines[-1] == ("registered 43 entities at version v1: 43 created, "
                         "0 already registered, 20 activated")
    again = run(admin, tmp_path, "register", str(GRAPHS), *WHERE, "--version", "v1")
    assert again.stdout.splitlines()[-1].endswith("0 created, 43 already registered")


def test_register_refuses_a_package_with_holes(admin: FakeAdmin, tmp_path: Path) -> None:
    kept = [e for e in graph_entries() if not e[0].endswith("lp_target_2.pb")]
    package = write_package(tmp_path / "holes.tgz", kept)
    done = run(admin, tmp_path, "register", str(package), *WHERE, "--version", "v1")
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[-1] == f"flyte-lite: error: {len(lines) - 1} problems; nothing was registered"
    assert len(lines) > 2 and all(
        line.startswith(f"flyte-lite: error: {package}:") and line.endswith(
            "refers to workflow graphs.lps.lp_target, not in the package")
        for line in lines[:-1])
    assert admin.requests == []


def test_get_workflows_and_launch_plans(admin: FakeAdmin, tmp_path: Path) -> None:
    assert run(admin, tmp_path, "register", str(GRAPHS), *WHERE, "--version", "v1",
               "--activate").returncode == 0
    assert run(admin, tmp_path, "register", str(GRAPHS), *WHERE, "--version", "v2").returncode == 0
    listed = run(admin, tmp_path, "get", "workflow", *WHERE, "graphs.nested.outer_wf")
    assert listed.returncode == 0, listed.stderr
    assert [line.split()[:4] for line in listed.stdout.splitlines()] == [
        ["v2", "graphs.nested.outer_wf", "workflow", "nodes=4"],
        ["v1", "graphs.nested.outer_wf", "workflow", "nodes=4"]]
    summary = run(admin, tmp_path, "get", "workflow", *WHERE, "graphs.cond.cond_wf",
                  "--version", "v1", "-o", "summary")
    assert summary.stdout.splitlines()[:4] == [
        "workflow: graphs.cond.cond_wf", "project:  flytesnacks", "domain:   development",
        "version:  v1"]
    as_json = run(admin, tmp_path, "get", "launchplan", *WHERE, "lp_cron", "--latest",
                  "-o", "json")
    lp = json.loads(as_json.stdout)
    assert lp["id"]["version"] == "v2" and lp["spec"]["workflowId"]["version"] == "v2"
    lps = run(admin, tmp_path, "get", "launchplan", *WHERE, "lp_cron")
    assert [line.split()[:5] for line in lps.stdout.splitlines()] == [
        ["v2", "lp_cron", "launchplan", "state=INACTIVE", "workflow=graphs.lps.lp_target"],
        ["v1", "lp_cron", "launchplan", "state=ACTIVE", "workflow=graphs.lps.lp_target"]]
    lp_summary = run(admin, tmp_path, "get", "launchplan", *WHERE, "lp_cron", "--version",
                     "v1", "-o", "summary")
    assert "state:          ACTIVE\n" in lp_summary.stdout
    assert "schedule:       cron(" in lp_summary.stdout
    tree = run(admin, tmp_path, "get", "workflow", *WHERE, "graphs.gates.gate_wf", "--latest")
    assert tree.returncode == 0 and tree.stdout.startswith(
        "Flyte Serialized object (FlyteWorkflow):\n")
    missing = run(admin, tmp_path, "get", "launchplan", *WHERE, "nope", "--latest")
    assert missing.returncode == 2 and missing.stderr == (
        "flyte-lite: error: NOT_FOUND (HTTP 0): no launch plan flytesnacks/development/nope\n")


def test_register_with_a_yaml_config(admin: FakeAdmin, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(f"admin:\n  endpoint: {admin.base}\n  insecure: true\n")
    package = write_package(tmp_path / "one.tgz", task_entries()[:1])
    done = run(admin, tmp_path, "register", str(package), *WHERE, "--version", "v1",
               "--config", str(config), FLYTE_PLATFORM_URL="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("1 created, 0 already registered\n")


def test_get_yaml_without_pyyaml_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from flyte_lite.cli import get
    from flyte_lite.cli.sources import CLIError

    monkeypatch.setitem(sys.modules, "yaml", None)  # as if PyYAML were not installed
    with pytest.raises(CLIError, match=r"-o yaml needs PyYAML: pip install 'flyte-lite\[yaml\]'"):
        get._yaml_text({"a": 1})
