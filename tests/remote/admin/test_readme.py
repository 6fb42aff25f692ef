"""The README's FlyteAdmin examples run as written, against the stand-in server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flyte_lite import FlyteTask
from tests.conftest import FIXTURES
from tests.remote.admin.conftest import spec_of
from tests.remote.admin.server import FakeAdmin
from tests.remote.admin.test_register import task_entries, write_package

README = (FIXTURES.parent.parent / "README.md").read_text()


def python_blocks(section: str) -> list[str]:
    body = README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, flags=re.S)


@pytest.fixture
def configured(admin: FakeAdmin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeAdmin:
    monkeypatch.setenv("FLYTE_PLATFORM_URL", admin.endpoint)
    monkeypatch.setenv("FLYTE_PLATFORM_INSECURE", "true")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tests").symlink_to(FIXTURES.parent)
    admin.add_task(spec_of("add_one"), version="v1")
    return admin


def test_flyteadmin_section(configured: FakeAdmin, tmp_path: Path) -> None:
    write_package(tmp_path / "tasks.tgz", task_entries()[:2])
    (block,) = python_blocks("FlyteAdmin")
    scope: dict[str, object] = {}
    exec(block, scope)
    task = scope["task"]
    assert isinstance(task, FlyteTask) and task.id.version == "v1"
    assert sorted(k[3] for k in configured.tasks) == ["v1", "v2", "v2", *["v3"] * 9]
    assert scope["names"] == sorted(k[2] for k in configured.tasks if k[3] != "v3")
    assert scope["calls"] == ["graphs.tasks.double", "graphs.tasks.square", "graphs.tasks.add"]
    assert [r.outcome for r in scope["done"]] == ["created"] * 43 + ["activated"] * 20  # type: ignore[attr-defined]
    assert scope["workflows"] == sorted(k[2] for k in configured.workflows)
    assert type(scope["wf"]).__name__ == "FlyteWorkflow"
    assert scope["wf"].id.version == "v3"  # type: ignore[attr-defined]
    lp = scope["lp"]
    assert lp.id.version == "v3" and lp.closure.state == 1  # type: ignore[attr-defined]


def test_json_section(configured: FakeAdmin) -> None:
    (block,) = python_blocks("JSON")
    scope: dict[str, object] = {}
    exec(block, scope)
    assert scope["task"].name == "workflows.typed.add_one"  # type: ignore[attr-defined]
    assert isinstance(scope["same"], FlyteTask)
    template = scope["template"]
    assert type(template).from_dict(scope["data"]) == template  # type: ignore[attr-defined]
