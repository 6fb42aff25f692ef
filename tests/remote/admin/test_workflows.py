"""Fetching and listing workflows and launch plans, and activating launch plans, against
the stand-in server (stocked by registering graphs_out/package.tgz).

``FlyteWorkflow`` and ``FlyteLaunchPlan`` come from issue 14's entity classes; until they
are merged, the tests that return them replace the two promote functions by ones that
record their arguments (marked ``needs the entity classes``)."""

from __future__ import annotations

from typing import Any

import pytest

from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanState
from flyte_lite.models.admin.workflow import Workflow
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.remote import Remote, kinds
from flyte_lite.remote.admin import NotFound
from tests.remote.admin.server import FakeAdmin
from tests.remote.admin.test_register import GRAPHS


@pytest.fixture
def stocked(admin: FakeAdmin, remote: Remote) -> FakeAdmin:
    remote.register(GRAPHS, version="v1")
    remote.register(GRAPHS, version="v2")
    return admin


@pytest.fixture
def promoted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Stand-ins for the promote functions (needs the entity classes)."""
    calls: list[tuple[str, Any]] = []

    def workflow(closure: Any, node_launch_plans: Any) -> Any:
        calls.append(("workflow", (closure, node_launch_plans)))
        return closure

    def launch_plan(id: Any, spec: Any) -> Any:
        calls.append(("launch plan", (id, spec)))
        return spec

    monkeypatch.setattr("flyte_lite.remote.remote.promote_workflow", workflow)
    monkeypatch.setattr(kinds, "promote_launch_plan", launch_plan)
    return calls


def test_names(stocked: FakeAdmin, remote: Remote) -> None:
    workflows = list(remote.list_workflow_names(page_size=5))
    assert workflows == sorted({k[2] for k in stocked.workflows}) and len(workflows) == 14
    launch_plans = list(remote.list_launch_plan_names(limit=3))
    assert launch_plans == sorted({k[2] for k in stocked.launch_plans})[:3]


def test_messages(stocked: FakeAdmin, remote: Remote) -> None:
    latest = remote.fetch_message("workflow", name="graphs.gates.gate_wf")
    assert isinstance(latest, Workflow) and latest.id.version == "v2"
    expected = stocked.workflows[("flytesnacks", "development", "graphs.gates.gate_wf", "v2")]
    assert latest.to_bytes(deterministic=True) == expected.SerializeToString(deterministic=True)
    lp = remote.fetch_message("launch plan", name="lp_cron", version="v1")
    assert isinstance(lp, LaunchPlan)
    assert lp.to_bytes(deterministic=True) == stocked.launch_plans[
        ("flytesnacks", "development", "lp_cron", "v1")].SerializeToString(deterministic=True)
    versions = [m.id.version for m in remote.list_messages(
        "launch plan", name="lp_cron", sort_by="created_at")]
    assert versions == ["v2", "v1"]
    with pytest.raises(NotFound, match="no workflow flytesnacks/development/nope"):
        remote.fetch_message("workflow", name="nope")
    with pytest.raises(ValueError, match="no entity kind 'dataset'"):
        remote.fetch_message("dataset", name="x")


def test_fetch_workflow_fetches_its_launch_plans(stocked: FakeAdmin, remote: Remote,
                                                 promoted: list[tuple[str, Any]]) -> None:
    closure = remote.fetch_workflow(name="graphs.nested.outer_wf", version="v1")
    (call,) = promoted
    assert call[0] == "workflow" and call[1][0] is closure
    assert closure.primary.template.id.name == "graphs.nested.outer_wf"
    launch_plans = call[1][1]
    assert [id.name for id, _ in launch_plans] == ["inner_lp", "graphs.nested.inner_wf"]
    for id, spec in launch_plans:
        stored = stocked.launch_plans[(id.project, id.domain, id.name, id.version)]
        theirs = stored.spec.SerializeToString(deterministic=True)
        assert spec.to_bytes(deterministic=True) == theirs  # maps: upb writes hash order
    gets = [p for v, p, _ in stocked.requests if p.startswith("/api/v1/launch_plans/")]
    assert len(gets) == 2


def test_fetch_and_list_launch_plans(stocked: FakeAdmin, remote: Remote,
                                     promoted: list[tuple[str, Any]]) -> None:
    spec = remote.fetch_launch_plan(name="lp_rate")
    assert promoted[0][1][0].version == "v2" and promoted[0][1][1] is spec
    listed = list(remote.list_launch_plans(name="lp_rate"))
    assert len(listed) == 2
    workflows = list(remote.list_workflows(limit=4))
    assert len(workflows) == 4


def test_activate(stocked: FakeAdmin, remote: Remote) -> None:
    id = Identifier(resource_type=ResourceType.LAUNCH_PLAN, project="flytesnacks",
                    domain="development", name="lp_cron", version="v1")
    remote.activate_launch_plan(id)
    state = {k[3]: lp.closure.state for k, lp in stocked.launch_plans.items()
             if k[2] == "lp_cron"}
    assert state == {"v1": LaunchPlanState.ACTIVE, "v2": LaunchPlanState.INACTIVE}
    remote.activate_launch_plan(id, active=False)
    assert stocked.launch_plans[("flytesnacks", "development", "lp_cron", "v1")].closure.state == 0
    (put, *_) = [(p, h) for v, p, h in stocked.requests if v == "PUT"]
    assert put[0] == "/api/v1/launch_plans/flytesnacks/development/lp_cron/v1"
