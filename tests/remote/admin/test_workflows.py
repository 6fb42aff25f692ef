"""Fetching and listing workflows and launch plans, and activating launch plans, against
the stand-in server (stocked by registering graphs_out/package.tgz)."""

from __future__ import annotations

import pytest

from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanState
from flyte_lite.models.admin.workflow import Workflow
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.remote import Remote
from flyte_lite.remote.admin import NotFound
from flyte_lite.remote.launch_plan import FlyteLaunchPlan
from flyte_lite.remote.workflow import FlyteWorkflow
from tests.remote.admin.server import FakeAdmin
from tests.remote.admin.test_register import GRAPHS


@pytest.fixture
def stocked(admin: FakeAdmin, remote: Remote) -> FakeAdmin:
    remote.register(GRAPHS, version="v1")
    remote.register(GRAPHS, version="v2")
    return admin


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


def test_fetch_workflow_fetches_its_launch_plans(stocked: FakeAdmin, remote: Remote) -> None:
    workflow = remote.fetch_workflow(name="graphs.nested.outer_wf", version="v1")
    assert isinstance(workflow, FlyteWorkflow)
    assert (workflow.id.name, workflow.id.version) == ("graphs.nested.outer_wf", "v1")
    lp_gets = [p for v, p, _ in stocked.requests if p.startswith("/api/v1/launch_plans/")]
    assert sorted(p.split("/")[6] for p in lp_gets) == ["graphs.nested.inner_wf", "inner_lp"]
    called = [n.flyte_entity for n in workflow.flyte_nodes
              if isinstance(n.flyte_entity, FlyteLaunchPlan)]
    assert [lp.id.name for lp in called] == ["inner_lp", "graphs.nested.inner_wf"]
    assert called[0].workflow_id.version == "v1"


def test_every_registered_workflow_and_launch_plan_fetches(stocked: FakeAdmin,
                                                           remote: Remote) -> None:
    # launch plans called from inside branches and array nodes are fetched too
    names = list(remote.list_workflow_names())
    workflows = [remote.fetch_workflow(name=name) for name in names]
    assert [w.id.name for w in workflows] == names
    assert {w.id.version for w in workflows} == {"v2"}
    launch_plans = list(remote.list_launch_plans(limit=50))
    assert len(launch_plans) == 40
    assert all(isinstance(lp, FlyteLaunchPlan) for lp in launch_plans)
    lp = remote.fetch_launch_plan(name="lp_rate", version="v1")
    stored = stocked.launch_plans[("flytesnacks", "development", "lp_rate", "v1")]
    assert lp.id.version == "v1"
    assert lp.workflow_id.to_bytes() == stored.spec.workflow_id.SerializeToString()
    # the workflow it launches is fetched too, as flytekit's fetch_launch_plan does
    assert lp.flyte_workflow is not None and lp.flyte_workflow.id == lp.workflow_id
    assert lp.interface == lp.flyte_workflow.interface
    wf = lp.workflow_id
    assert ("GET", f"/api/v1/workflows/{wf.project}/{wf.domain}/{wf.name}/{wf.version}"
            "?id.resource_type=WORKFLOW") in [(v, p) for v, p, _ in stocked.requests]
    assert len(list(remote.list_workflows(limit=4))) == 4


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
