"""``FlyteTask``, ``FlyteWorkflow``, ``FlyteLaunchPlan`` and what they need to take part
in a workflow being compiled.

>>> from flyte_lite.remote import FlyteTask, compiling
>>> task = FlyteTask.from_bytes(open("add_one.pb", "rb").read())
>>> with compiling() as wf:
...     out = task(x=wf.input("x"))
>>> wf.nodes[0].id, out.var
('n0', 'o0')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flyte_lite._lazy import lazy_getattr
from flyte_lite.remote.errors import BindingError, FlyteAssertion
from flyte_lite.remote.task import FlyteTask, TaskInterface

if TYPE_CHECKING:
    from flyte_lite.remote.context import (
        CompilationState,
        ExecutionMode,
        ExecutionState,
        FlyteContext,
        FlyteContextManager,
        compiling,
    )
    from flyte_lite.remote.launch_plan import FlyteLaunchPlan
    from flyte_lite.remote.node import CompiledNode
    from flyte_lite.remote.overrides import (
        A10G,
        A100,
        A100_80GB,
        K80,
        L4,
        L4_VWS,
        M60,
        P4,
        P100,
        T4,
        V100,
        PodTemplate,
        Resources,
    )
    from flyte_lite.remote.promise import NodeOutputs, Promise, VoidPromise
    from flyte_lite.remote.remote import Remote
    from flyte_lite.remote.workflow import (
        FlyteArrayNode,
        FlyteBranchNode,
        FlyteGateNode,
        FlyteNode,
        FlyteTaskNode,
        FlyteWorkflow,
        FlyteWorkflowNode,
    )

# The workflow-compilation names load on first use: reading tasks does not need them.
_LAZY = {
    "CompilationState": "context",
    "ExecutionMode": "context",
    "ExecutionState": "context",
    "FlyteContext": "context",
    "FlyteContextManager": "context",
    "compiling": "context",
    "NodeOutputs": "promise",
    "Promise": "promise",
    "VoidPromise": "promise",
    "CompiledNode": "node",
    # workflows and launch plans (they load the workflow models)
    "FlyteWorkflow": "workflow",
    "FlyteLaunchPlan": "launch_plan",
    **dict.fromkeys(
        (
            "FlyteNode",
            "FlyteTaskNode",
            "FlyteWorkflowNode",
            "FlyteBranchNode",
            "FlyteGateNode",
            "FlyteArrayNode",
        ),
        "workflow",
    ),
    "PodTemplate": "overrides",
    "Resources": "overrides",
    **dict.fromkeys(
        ("A10G", "A100", "A100_80GB", "K80", "L4", "L4_VWS", "M60", "P4", "P100", "T4", "V100"),
        "overrides",
    ),
    "Remote": "remote",  # FlyteAdmin over HTTP
}

__all__ = [
    "A10G",
    "A100",
    "A100_80GB",
    "K80",
    "L4",
    "L4_VWS",
    "M60",
    "P4",
    "P100",
    "T4",
    "V100",
    "BindingError",
    "CompilationState",
    "CompiledNode",
    "ExecutionMode",
    "ExecutionState",
    "FlyteArrayNode",
    "FlyteAssertion",
    "FlyteBranchNode",
    "FlyteContext",
    "FlyteContextManager",
    "FlyteGateNode",
    "FlyteLaunchPlan",
    "FlyteNode",
    "FlyteTask",
    "FlyteTaskNode",
    "FlyteWorkflow",
    "FlyteWorkflowNode",
    "NodeOutputs",
    "PodTemplate",
    "Promise",
    "Remote",
    "Resources",
    "TaskInterface",
    "VoidPromise",
    "compiling",
]


__getattr__ = lazy_getattr(__name__, _LAZY)
