"""Calling a FlyteTask inside a workflow being compiled: nodes byte-equal to flytekit's."""

from __future__ import annotations

import datetime
import enum
import threading
from functools import cache
from typing import Any
from unittest import mock

import pytest

from flyte_lite.models.core.literals import Binding
from flyte_lite.models.core.workflow import Node, NodeMetadata
from flyte_lite.remote import (
    BindingError,
    CompilationState,
    ExecutionMode,
    ExecutionState,
    FlyteAssertion,
    FlyteContext,
    FlyteContextManager,
    FlyteTask,
    NodeOutputs,
    Promise,
    VoidPromise,
    compiling,
)
from tests.remote.goldens import (
    COMPILE,
    EXTRA,
    Color,
    cases,
    extra_cases,
    remote_task,
    run_case,
)


@cache
def task(fixture: str, name: str | None = None) -> FlyteTask:
    return remote_task(fixture, name)


def golden_task(call: dict[str, Any]) -> FlyteTask:
    return task(call["task_fixture"], call.get("task_name_override"))


def extra_task(call: dict[str, Any]) -> FlyteTask:
    return task(extra_cases()["tasks"][call["task"]])


ADD_ONE = "tasks/add_one.pb"
COLLECTIONS = "tasks/collections.pb"
ALL_COLLECTIONS = {"li": [], "d": {}, "ld": [], "os": None, "u": 1, "color": Color.RED}


# --- goldens ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", cases()["cases"], ids=lambda c: c["name"])
def test_nodes_are_flytekits(case: dict[str, Any]) -> None:
    nodes, _ = run_case(case, golden_task)
    assert [n.id for n in nodes] == case["expected_node_ids"]
    goldens = [(COMPILE / f).read_bytes() for f in case["node_files"]]
    assert [n.to_bytes() for n in nodes] == goldens
    assert [n.to_bytes(deterministic=True) for n in nodes] == goldens


def test_construct_node_metadata_is_flytekits() -> None:
    golden = cases()["construct_node_metadata"]
    metadata = task(ADD_ONE, golden["task_name"]).construct_node_metadata()
    assert metadata.to_bytes() == (COMPILE / golden["file"]).read_bytes()
    assert metadata.to_bytes().hex() == golden["hex"] == "0a0274312a00"
    assert metadata.name == golden["name"] == "t1"
    assert task(ADD_ONE, "plain").construct_node_metadata() == NodeMetadata(
        name="plain", retries=metadata.retries
    )


def test_call_results() -> None:
    case = next(c for c in cases()["cases"] if c["name"] == "promises")
    _, results = run_case(case, golden_task)
    assert results[0] == Promise(var="o0", node_id="n0")
    assert isinstance(results[1], NodeOutputs)
    # In interface order, which is the order of the map entries in the task's bytes.
    assert list(task("tasks/scalars.pb").interface.outputs) == ["label", "total"]
    assert results[1] == (Promise("label", "n1"), Promise("total", "n1"))
    assert results[1]._fields == ("label", "total")
    assert results[1].total == Promise("total", "n1")
    assert results[1].output("label") == Promise("label", "n1")
    with pytest.raises(KeyError) as err:
        results[1].output("nope")
    assert err.value.args[0] == "no output named 'nope'; outputs are ['label', 'total']"
    with pytest.raises(AttributeError):
        results[1].nope  # noqa: B018
    assert results[0].ref.to_bytes() == b"\x0a\x02n0\x12\x02o0"
    assert not results[0].is_workflow_input
    assert Promise("x").is_workflow_input


@pytest.mark.parametrize("name", ["scalar_extremes", "date_value"])
def test_edge_values_are_flytekits(name: str) -> None:
    case = next(c for c in extra_cases()["cases"] if c["name"] == name)
    nodes, _ = run_case(case, extra_task)
    goldens = [(EXTRA / f).read_bytes() for f in case["node_files"]]
    assert [n.to_bytes() for n in nodes] == goldens


def test_dict_order_is_kept_and_deterministic_sorts() -> None:
    case = next(c for c in extra_cases()["cases"] if c["name"] == "map_order")
    nodes, _ = run_case(case, extra_task)
    golden = (EXTRA / case["node_files"][0]).read_bytes()
    assert nodes[0].to_bytes(deterministic=True) == golden
    assert nodes[0].to_bytes() != golden  # keys as given: z, a, m
    assert Node.from_bytes(golden) == nodes[0]
    d = next(b for b in nodes[0].inputs if b.var == "d")
    assert d.binding is not None and d.binding.map is not None
    assert list(d.binding.map.bindings) == ["z", "a", "m"]


def test_containers_bind_to_union_inputs_as_flytekit_does_for_local_tasks() -> None:
    """flytekit binds lists and dicts to union inputs only for local tasks; ours does it too.

    The golden nodes are a local @task's (its scalars are union-wrapped, a remote task's
    are not), so only the container bindings and the upstream nodes are compared.
    """
    case = next(c for c in extra_cases()["cases"] if c["name"] == "unions")
    assert extra_cases()["outcomes"]["remote_union_list"]["outcome"] == "error"
    nodes, results = run_case(case, extra_task)
    assert [n.id for n in nodes] == case["expected_node_ids"]
    assert results[1:] == [VoidPromise("workflows.extra.unions", f"n{i}") for i in (1, 2, 3)]
    compared = 0
    for call, node, file in zip(case["calls"], nodes, case["node_files"]):
        golden = Node.from_bytes((EXTRA / file).read_bytes())
        assert node.upstream_node_ids == golden.upstream_node_ids
        golden_inputs = {b.var: b for b in golden.inputs}
        for var, desc in call["kwargs"].items():
            if desc["kind"] in ("list", "dict"):
                ours = next(b for b in node.inputs if b.var == var)
                assert ours.to_bytes() == golden_inputs[var].to_bytes(), var
                compared += 1
    assert compared == 9


def test_remote_union_call_that_flytekit_rejects() -> None:
    unions = task("remote_extra/unions.pb")
    with compiling() as wf:
        unions(a=[1], b=[2], c=3, o=None)
    a = wf.nodes[0].inputs[0]
    assert a.var == "a" and a.binding is not None and a.binding.collection is not None
    assert len(a.binding.collection.bindings) == 1


# --- flytekit's errors ------------------------------------------------------------------------

ERRORS = cases()["errors"]


def compile_error(call: Any) -> BaseException:
    with compiling() as wf, pytest.raises(AssertionError) as err:
        call()
    assert wf.nodes == []  # nothing is added when the call fails
    return err.value


def test_missing_input() -> None:
    err = compile_error(lambda: task("tasks/make_str.pb")(n=1))
    assert isinstance(err, FlyteAssertion)
    # flytekit prints the type with enum numbers ("simple: 3"); we print names.
    assert str(err) == ERRORS["missing_input"]["str"].replace("simple: 3", "simple: STRING")


def test_missing_input_shows_the_type_readably() -> None:
    err = compile_error(lambda: task(COLLECTIONS)(li=[1]))
    golden = ERRORS["missing_input_list_type"]["str"]
    assert str(err) == (
        "USER:AssertionError: error="
        "Missing input `color` type `Flyte Serialized object (LiteralType):\n"
        "  enum_type:\n"
        "    values:\n"
        "      - red\n"
        "      - green\n"
        "      - blue`"
    )
    assert str(err).startswith(golden[: golden.index("values:")])


def test_extra_inputs() -> None:
    err = compile_error(lambda: task(ADD_ONE)(x=1, bogus=2))
    assert type(err) is FlyteAssertion
    assert str(err) == ERRORS["extra_input"]["str"]
    err = compile_error(lambda: task(ADD_ONE)(x=1, zz=2, aa=3))
    # flytekit prints a set in hash order; ours is sorted.
    assert str(err) == ERRORS["extra_inputs_two"]["str"].replace("{'zz', 'aa'}", "{'aa', 'zz'}")


def test_positional_arguments() -> None:
    err = compile_error(lambda: task(ADD_ONE)(1))
    assert type(err) is FlyteAssertion
    assert str(err) == ERRORS["positional_args"]["str"]
    with pytest.raises(FlyteAssertion) as outside:
        task("tasks/make_str.pb")(1, "a")
    assert str(outside.value) == ERRORS["positional_args_two"]["str"]


def test_compile_refuses_positional_arguments_flytekit_would_drop() -> None:
    with compiling() as wf:
        ctx = FlyteContextManager.current_context()
        with pytest.raises(FlyteAssertion) as err:
            task(ADD_ONE).compile(ctx, 1, x=2)
    assert str(err.value) == ERRORS["positional_args"]["str"]
    assert wf.nodes == []


def test_call_outside_a_workflow_executes() -> None:
    with pytest.raises(AssertionError) as err:
        task(ADD_ONE)(x=1)
    assert type(err.value) is AssertionError
    assert str(err.value) == ERRORS["call_outside_compile"]["str"]
    assert str(err.value) == ERRORS["execute"]["str"]


def test_compile_outside_a_workflow() -> None:
    with pytest.raises(FlyteAssertion) as err:
        task(ADD_ONE).compile(FlyteContextManager.current_context(), x=1)
    assert str(err.value) == ERRORS["compile_outside_compile"]["str"]
    with pytest.raises(TypeError) as type_err:
        task(ADD_ONE).compile(None, x=1)  # type: ignore[arg-type]
    assert str(type_err.value) == "compile() needs a flyte_lite FlyteContext, got NoneType"


def test_a_tuple_argument() -> None:
    outcome = extra_cases()["outcomes"]["top_tuple"]
    err = compile_error(lambda: task(ADD_ONE)(x=(1, 2)))
    assert str(err) == outcome["str"]
    with compiling():
        outputs = task("tasks/scalars.pb")(
            i=1, f=1.0, s="", b=True, dt=datetime.datetime(2024, 1, 1), td=datetime.timedelta(0)
        )
        with pytest.raises(AssertionError) as err2:
            task(ADD_ONE)(x=outputs)
    assert type(err2.value) is AssertionError  # as flytekit's (not a FlyteAssertion)
    assert str(err2.value) == (
        "Variable(x) for function(workflows.typed.add_one) cannot receive a multi-valued tuple "
        "(Promise(node:n0.label.[]), Promise(node:n0.total.[])). "
        "Check if the predecessor function returning more than one value?"
    )


# --- what flyte_lite refuses to bind (flytekit's outcome recorded in remote_extra/cases.json) ----


class Level(enum.IntEnum):
    LOW = 1


PREFIX_X = "Failed to Bind variable 'x' for function 'workflows.typed.add_one': "
SUPPORTED = (
    "expected int, float, str, bool, None, datetime, date, timedelta, a str-valued Enum member, "
    "a list, a dict with str keys, a dataclass or dict for a struct input, or a Promise"
)


@pytest.mark.parametrize(
    ("outcome", "kwargs", "message"),
    [
        ("list_for_int", {"x": [1]}, PREFIX_X + "x: a list needs a List input, this one is int"),
        (
            "empty_list_for_int",
            {"x": []},
            PREFIX_X + "x: a list needs a List input, this one is int",
        ),
        (
            "dict_for_int",
            {"x": {"a": 1}},
            PREFIX_X + "x: a dict needs a Dict input, this one is int",
        ),
        ("set_value", {"x": {1, 2}}, PREFIX_X + "x: cannot bind a value of type set; " + SUPPORTED),
        (
            "bytes_value",
            {"x": b"raw"},
            PREFIX_X + "x: cannot bind a value of type bytes; " + SUPPORTED,
        ),
        (
            "int_enum",
            {"x": Level.LOW},
            PREFIX_X + "x: only str-valued Enum members can be bound, Level.LOW has value 1",
        ),
        (
            "int_too_big",
            {"x": 2**64},
            PREFIX_X + "x: integer 18446744073709551616 does not fit in 64 bits",
        ),
        (
            "void_promise",
            {"x": VoidPromise("t")},
            PREFIX_X
            + "x: Cannot pass output from task t that produces no outputs to a downstream task",
        ),
    ],
)
def test_refused_values(outcome: str, kwargs: dict[str, Any], message: str) -> None:
    flytekit = extra_cases()["outcomes"][outcome]
    assert flytekit["call"].startswith("add_one(")
    err = compile_error(lambda: task(ADD_ONE)(**kwargs))
    assert type(err) is BindingError
    assert str(err) == message
    assert (err.task, err.input, err.path) == ("workflows.typed.add_one", "x", "x")
    assert message.endswith(err.reason)


def test_refused_values_inside_containers() -> None:
    assert extra_cases()["outcomes"]["int_keys"]["outcome"] == "error"
    err = compile_error(lambda: task(COLLECTIONS)(**{**ALL_COLLECTIONS, "d": {1: 2.0}}))
    assert str(err) == (
        "Failed to Bind variable 'd' for function 'workflows.typed.collections': "
        "d: dict keys must be str, got int 1"
    )
    assert "Tuples are not a supported type" in extra_cases()["outcomes"]["nested_tuple"]["str"]
    err = compile_error(lambda: task(COLLECTIONS)(**{**ALL_COLLECTIONS, "li": [1, (1, 2)]}))
    assert str(err) == (
        "Failed to Bind variable 'li' for function 'workflows.typed.collections': "
        "li[1]: tuples are not supported, got (1, 2); pass one output of the tuple"
    )
    err = compile_error(
        lambda: task(COLLECTIONS)(**{**ALL_COLLECTIONS, "ld": [{"a": 1, "b": object}]})
    )
    assert isinstance(err, BindingError) and err.path == "ld[0]['b']"
    err = compile_error(lambda: task(COLLECTIONS)(**{**ALL_COLLECTIONS, "d": {"\ud800": 1.0}}))
    assert str(err).endswith("d['\\ud800']: string is not valid UTF-8 (surrogates not allowed)")
    err = compile_error(lambda: task(ADD_ONE)(x=datetime.timedelta(days=4_000_000)))
    assert (
        str(err)
        == PREFIX_X + "x: timedelta 4000000 days, 0:00:00 is beyond protobuf's 10,000-year range"
    )


def test_a_container_fitting_no_union_variant() -> None:
    unions = task("remote_extra/unions.pb")
    err = compile_error(lambda: unions(a={"k": 1}, b=[], c=1, o=None))
    assert str(err) == (
        "Failed to Bind variable 'a' for function 'workflows.extra.unions': "
        "a: fits no variant of Optional[List[int]]; "
        "None: a dict needs a Dict input, this one is None; "
        "List[int]: a dict needs a Dict input, this one is List[int]"
    )


def test_a_struct_input_takes_promises() -> None:
    structured = task("tasks/structured.pb")
    with compiling() as wf:
        structured(p=Promise("p"), maybe_p=None, fd=Promise("fd"), ff=Promise("ff"))
    assert [b.var for b in wf.nodes[0].inputs] == ["fd", "ff", "maybe_p", "p"]


def test_upstream_nodes_are_sorted_and_unique() -> None:
    add_one = task(ADD_ONE)
    with compiling() as wf:
        outs = [add_one(x=i) for i in range(11)]
        task(COLLECTIONS)(**{**ALL_COLLECTIONS, "li": [outs[10], outs[2], outs[2], Promise("w")]})
    assert wf.nodes[-1].upstream_node_ids == ["n10", "n2"]


# --- contexts and execution modes -------------------------------------------------------------


def test_local_workflow_execution_runs_a_mocked_execute() -> None:
    t = task(ADD_ONE)
    ctx = FlyteContext(execution_state=ExecutionState(mode=ExecutionMode.LOCAL_WORKFLOW_EXECUTION))
    with FlyteContextManager.with_context(ctx):
        with pytest.raises(AssertionError) as err:
            t(x=1)
        assert str(err.value) == ERRORS["execute"]["str"]
        with mock.patch.object(t, "execute", return_value=42) as execute:
            assert t(x=1) == 42
            assert t.local_execute(ctx, x=2) == 42
    assert execute.call_args_list == [mock.call(x=1), mock.call(x=2)]
    assert t.local_execution_mode() is ExecutionMode.LOCAL_TASK_EXECUTION


def test_other_execution_modes_execute() -> None:
    t = task(ADD_ONE)
    ctx = FlyteContext(execution_state=ExecutionState(mode=ExecutionMode.TASK_EXECUTION))
    with (
        FlyteContextManager.with_context(ctx),
        mock.patch.object(t, "execute", return_value=7) as ex,
    ):
        assert t(x=3) == 7
    ex.assert_called_once_with(x=3)
    assert ExecutionState(mode=ExecutionMode.LOCAL_TASK_EXECUTION).is_local_execution()
    assert not ExecutionState(mode=ExecutionMode.TASK_EXECUTION).is_local_execution()
    assert not ExecutionState().is_local_execution()


def test_compilation_wins_over_execution_state() -> None:
    ctx = FlyteContext(
        compilation_state=CompilationState(prefix="p-"),
        execution_state=ExecutionState(mode=ExecutionMode.LOCAL_WORKFLOW_EXECUTION),
    )
    with FlyteContextManager.with_context(ctx):
        assert task(ADD_ONE)(x=1) == Promise("o0", "p-n0")
    assert ctx.compilation_state is not None
    assert [n.id for n in ctx.compilation_state.nodes] == ["p-n0"]


def test_contexts_nest_and_restore() -> None:
    empty = FlyteContextManager.current_context()
    assert empty == FlyteContext() and FlyteContext.current_context() is empty
    with compiling("outer-") as outer:
        task(ADD_ONE)(x=1)
        with compiling("inner-") as inner:
            task(ADD_ONE)(x=2)
        task(ADD_ONE)(x=3)
    assert [n.id for n in outer.nodes] == ["outer-n0", "outer-n1"]
    assert [n.id for n in inner.nodes] == ["inner-n0"]
    assert FlyteContextManager.current_context() is empty


def test_each_thread_has_its_own_context() -> None:
    seen: list[BaseException] = []

    def other_thread() -> None:
        try:
            task(ADD_ONE)(x=1)
        except AssertionError as exc:
            seen.append(exc)

    with compiling() as wf:
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
    assert wf.nodes == []
    assert [str(e) for e in seen] == [ERRORS["execute"]["str"]]


def test_context_type_checks() -> None:
    state = CompilationState()
    with pytest.raises(TypeError) as err:
        state.add_node("n0")  # type: ignore[arg-type]
    assert str(err.value) == "add_node() needs a flyte_lite Node, got str"
    with pytest.raises(TypeError) as err:
        state.input(1)  # type: ignore[arg-type]
    assert str(err.value) == "a workflow input name is a str, got int"
    with pytest.raises(TypeError) as err, FlyteContextManager.with_context(None):  # type: ignore[arg-type]
        pass
    assert str(err.value) == "with_context() needs a FlyteContext, got NoneType"
    with pytest.raises(TypeError):
        FlyteContext(compilation_state="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        CompilationState(prefix=None)  # type: ignore[arg-type]
    assert state.next_node_id() == "n0"
    assert FlyteContext().with_compilation_state(state).compilation_state is state


def test_bindings_are_sorted_by_input_name() -> None:
    with compiling() as wf:
        task(COLLECTIONS)(**dict(reversed(list(ALL_COLLECTIONS.items()))))
    inputs: list[Binding] = wf.nodes[0].inputs
    assert [b.var for b in inputs] == ["color", "d", "ld", "li", "os", "u"]
