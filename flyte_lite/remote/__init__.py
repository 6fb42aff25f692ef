"""``FlyteTask`` and what it needs to take part in a workflow being compiled.

>>> from flyte_lite.remote import FlyteTask, compiling
>>> task = FlyteTask.from_bytes(open("add_one.pb", "rb").read())
>>> with compiling() as wf:
...     out = task(x=wf.input("x"))
>>> wf.nodes[0].id, out.var
('n0', 'o0')
"""

from flyte_lite.remote.context import (
    CompilationState,
    ExecutionMode,
    ExecutionState,
    FlyteContext,
    FlyteContextManager,
    compiling,
)
from flyte_lite.remote.errors import BindingError, FlyteAssertion
from flyte_lite.remote.promise import NodeOutputs, Promise, VoidPromise
from flyte_lite.remote.task import FlyteTask, TaskInterface

__all__ = [
    "BindingError",
    "CompilationState",
    "ExecutionMode",
    "ExecutionState",
    "FlyteAssertion",
    "FlyteContext",
    "FlyteContextManager",
    "FlyteTask",
    "NodeOutputs",
    "Promise",
    "TaskInterface",
    "VoidPromise",
    "compiling",
]
