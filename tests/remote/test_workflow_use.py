"""A FlyteTask used inside a workflow, against flytekit 1.15.4 (tests/fixtures/workflow_use).

Every golden here was made by make_workflow_use_goldens.py with flytekit; where flyte_lite
differs on purpose (README, "Coming from flytekit"), the test says how and checks the rest.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import pickle
import sys
import typing
from functools import cache
from typing import Any, Callable, Optional

import attrs
import pytest

from flyte_lite.models.admin.description_entity import DescriptionEntity
from flyte_lite.models.admin.task import Task
from flyte_lite.models.core.tasks import GPUAccelerator
from flyte_lite.models.core.workflow import Node
from flyte_lite.remote import (
    T4,
    BindingError,
    FlyteAssertion,
    FlyteTask,
    NodeOutputs,
    PodTemplate,
    Promise,
    Resources,
    VoidPromise,
    compiling,
)
from flyte_lite.remote.overrides import dnsify
from tests.conftest import FIXTURES

HERE = FIXTURES / "workflow_use"


@cache
def cases() -> dict[str, Any]:
    return json.loads((HERE / "cases.json").read_text())  # type: ignore[no-any-return]


@cache
def task(short: str) -> FlyteTask:
    """The task as the generator called it: its fixture, id completed."""
    t = FlyteTask.from_bytes((FIXTURES / cases()["tasks"][short]).read_bytes())
    ids = cases()["task_id_override"]
    return t.replace(id=attrs.evolve(t.id, **ids))


def golden(name: str) -> bytes:
    return (HERE / name).read_bytes()


# --- the generator's value descriptions ---------------------------------------------------


@dataclasses.dataclass
class Point:
    x: float
    y: float
    label: str = "origin"


class Shade(enum.Enum):
    DARK = "dark"


@dataclasses.dataclass
class Inner:
    n: int
    tags: typing.List[str]


@dataclasses.dataclass
class Outer:
    inner: Inner
    shade: Shade
    maybe: Optional[int]
    scores: typing.Dict[str, float]
    when: datetime.datetime


CLASSES: dict[str, Any] = {"Point": Point, "Inner": Inner, "Outer": Outer, "Shade": Shade}


def value(d: dict[str, Any], results: list[Any], inputs: dict[str, Promise]) -> Any:
    """The flyte_lite value of a description written by the generator's describe()."""
    kind = d["kind"]
    if kind == "plain":
        return d["value"]
    if kind == "resources":
        return Resources(**{k: tuple(v) if isinstance(v, list) else v
                            for k, v in d.items() if k != "kind"})
    if kind == "accelerator":
        return GPUAccelerator.from_dict(d["message"])
    if kind == "pod_template":
        return PodTemplate(**{k: v for k, v in d.items() if k != "kind"})
    if kind == "timedelta":
        return datetime.timedelta(seconds=d["seconds"], microseconds=d["microseconds"])
    if kind == "datetime":
        return datetime.datetime.fromisoformat(d["iso"])
    if kind == "enum":
        return CLASSES[d["class"]][d["name"]]
    if kind == "dataclass":
        return CLASSES[d["class"]](
            **{k: value(v, results, inputs) for k, v in d["fields"].items()}
        )
    if kind == "list":
        return [value(v, results, inputs) for v in d["items"]]
    if kind == "dict":
        return {k: value(v, results, inputs) for k, v in d["items"].items()}
    if kind == "promise":
        if d["call"] is None:
            p = inputs[d["var"]]
        else:
            r = results[d["call"]]
            p = r if isinstance(r, (Promise, VoidPromise)) else r.output(d["var"])
        for step in d["path"]:
            p = p[step[0]] if isinstance(step, list) else p[step] if isinstance(step, int) \
                else getattr(p, step)
        return p
    raise AssertionError(f"unknown kind {kind}")


def run(
    calls: list[dict[str, Any]], after: Optional[Callable[[list[Any]], None]] = None
) -> tuple[list[Node], list[Any]]:
    with compiling() as wf:
        inputs = {"cfg": wf.input("cfg")}
        results: list[Any] = []
        for call in calls:
            kwargs = {k: value(v, results, inputs) for k, v in call["kwargs"].items()}
            results.append(task(call["task"])(**kwargs))
        if after is not None:
            after(results)
    return wf.nodes, results


FLYTEKIT_RESULT = {"Promise": Promise, "Output": NodeOutputs, "VoidPromise": VoidPromise}


def node_bytes(nodes: list[Node]) -> list[bytes]:
    return [n.to_bytes(deterministic=True) for n in nodes]


# --- 1. with_overrides --------------------------------------------------------------------


@pytest.mark.parametrize("case", cases()["overrides"][:-1], ids=lambda c: c["name"])
def test_with_overrides_writes_flytekits_node(case: dict[str, Any]) -> None:
    overrides = {k: value(v, [], {}) for k, v in case["overrides"].items()}

    def after(results: list[Any]) -> None:
        assert results[0].with_overrides(**overrides) is results[0]

    nodes, results = run([case["call"]], after)
    assert type(results[0]) is FLYTEKIT_RESULT[case["result"]]
    flytekits = [golden(f) for f in case["node_files"]]
    if case["name"] == "node_name_long":
        # flytekit applies its DNS rule twice to a node's own id (with_overrides, then the
        # serializer) but once to the id its promises carry, so a name of 63+ characters is
        # hashed twice and bindings name a node that is not there; flyte_lite applies it once
        flytekit_id = Node.from_bytes(flytekits[0]).id
        name = case["overrides"]["node_name"]["value"]
        assert flytekit_id == dnsify(dnsify(name)) != dnsify(name) == nodes[0].id
        assert len(nodes[0].id) == 63
        nodes = [attrs.evolve(nodes[0], id=flytekit_id)]
    if "kept_node_file" not in case:
        assert node_bytes(nodes) == flytekits
        return
    # flytekit drops aliases and the pod template from a remote task's node; flyte_lite
    # writes them as flytekit writes them for a local task, and nothing else differs
    assert node_bytes(nodes) == [golden(case["kept_node_file"])]
    overrides_message = nodes[0].task_node.overrides  # type: ignore[union-attr]
    without = attrs.evolve(
        nodes[0],
        output_aliases=[],
        task_node=attrs.evolve(
            nodes[0].task_node, overrides=attrs.evolve(overrides_message, pod_template=None)
        ),
    )
    assert node_bytes([without]) == flytekits


def test_a_renamed_node_is_followed_by_earlier_bindings() -> None:
    case = cases()["overrides"][-1]
    assert case["name"] == "rename_after_use"

    def after(results: list[Any]) -> None:
        results[0].with_overrides(node_name="renamed")

    seen: set[Promise] = set()
    nodes, results = run(case["calls"], lambda r: (seen.add(r[0]), after(r)))
    assert node_bytes(nodes) == [golden(f) for f in case["node_files"]]
    assert results[0].node_id == "renamed"
    assert repr(results[0]) == "Promise(node:renamed.o0.[])"
    assert results[0] in seen  # a rename does not move a promise in a set


def test_overrides_accumulate_and_check_before_changing() -> None:
    with compiling() as wf:
        p = task("add_one")(x=1)
        p.with_overrides(accelerator=T4).with_overrides(retries=2)
        with pytest.raises(TypeError):
            p.with_overrides(node_name="new", retries="3")  # type: ignore[arg-type]
    node = wf.nodes[0]
    assert node.id == "n0"  # nothing of the failed call was applied
    # flytekit's second call would drop the accelerator; flyte_lite keeps it
    assert node.task_node.overrides.extended_resources == attrs.evolve(  # type: ignore[union-attr]
        node.task_node.overrides.extended_resources, gpu_accelerator=T4  # type: ignore[union-attr]
    )
    assert node.metadata is not None and node.metadata.retries is not None
    assert node.metadata.retries.retries == 2


@pytest.mark.parametrize("key", sorted(cases()["override_errors"]))
def test_with_overrides_errors(key: str) -> None:
    case = cases()["override_errors"][key]

    def after(results: list[Any]) -> None:
        results[0].with_overrides(
            **{k: value(v, results, {}) for k, v in case["overrides"].items()}
        )

    with pytest.raises(Exception) as err:
        run([{"task": "add_one", "kwargs": {"x": {"kind": "plain", "value": 1}}}], after)
    if key == "task_config":  # flytekit: AttributeError about FlyteTask._task_config
        assert case["type"] == "AttributeError"
        assert type(err.value) is TypeError
        assert "task_config cannot be overridden on a remote task's node" in str(err.value)
    elif key == "unknown_keyword":  # flytekit ignores it
        assert case["type"] is None
        assert type(err.value) is TypeError
        assert "unexpected keyword argument 'bogus'" in str(err.value)
    else:
        assert type(err.value).__name__ == case["type"]
        assert str(err.value).startswith(case["str"])  # requests/limits also name ours


def test_flyte_lite_resources_check_as_flytekits() -> None:
    with pytest.raises(AssertionError) as err:
        Resources(cpu=[None])  # type: ignore[arg-type]
    assert str(err.value) == (
        "[None] should be of type str, int, float or a list/tuple of str, int, float"
    )
    with pytest.raises(ValueError) as err2:
        Resources(mem=("1", "2", "3"))  # type: ignore[arg-type]
    assert str(err2.value) == "('1', '2', '3') must be of length 2"
    with pytest.raises(ValueError) as err3:
        Resources(cpu=("1", "2")).entries()
    assert str(err3.value) == "('1', '2') can not be a list or tuple"
    with pytest.raises(AssertionError):
        Resources(gpu=True)  # flytekit takes it as "True"
    with pytest.raises(ValueError) as err4:
        PodTemplate(primary_container_name="")
    assert str(err4.value) == "A primary container name cannot be undefined"


def test_with_overrides_on_a_workflow_input_is_refused() -> None:
    with compiling() as wf, pytest.raises(ValueError) as err:
        wf.input("x").with_overrides(retries=1)
    assert str(err.value) == (
        "with_overrides() needs the result of calling a task inside compiling(); "
        "Promise(node:.x.[]) is not produced by a node of this workflow"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("My_Node.step-1", "my-node-step-1"),
        ("_lead", "lead"),
        ("ABC", "a-b-c"),
        ("trail_", "trail"),
        ("x" * 70, "dnsify-long"),
    ],
)
def test_dnsify_is_flytekits(name: str, expected: str) -> None:
    if expected == "dnsify-long":  # flytekit's serializer applies the rule a second time
        case = next(c for c in cases()["overrides"] if c["name"] == "node_name_long")
        node = Node.from_bytes(golden(case["node_files"][0]))
        assert dnsify(dnsify(case["overrides"]["node_name"]["value"])) == node.id
        return
    assert dnsify(name) == expected


# --- 2. ordering --------------------------------------------------------------------------


def order(results: list[Any], ops: list[list[Any]]) -> None:
    for a, b in ops:
        left = results[int(a.split(".")[0])].x if isinstance(a, str) else results[a]
        assert (left >> results[b]) is results[b]


# flytekit adds no dependency for its named tuple of promises: flyte_lite does
TUPLE_CASES = {"tuple_promise"}


@pytest.mark.parametrize("case", cases()["ordering"], ids=lambda c: c["name"])
def test_rshift_adds_flytekits_upstream_node(case: dict[str, Any]) -> None:
    nodes, results = run(case["calls"], lambda r: order(r, case["ops"]))
    assert [type(r) for r in results] == [FLYTEKIT_RESULT[t] for t in case["results"]]
    flytekits = [golden(f) for f in case["node_files"]]
    if case["name"] in TUPLE_CASES:
        assert [Node.from_bytes(b).upstream_node_ids for b in flytekits] == [[], []]
        assert [n.upstream_node_ids for n in nodes] == [[], ["n0"]]
        nodes = [attrs.evolve(n, upstream_node_ids=[]) for n in nodes]
    assert node_bytes(nodes) == flytekits


@pytest.mark.parametrize("kind", ["promise", "void", "tuple"])
def test_runs_before_is_rshift(kind: str) -> None:
    """flytekit: Promise.runs_before is an attribute path (calling it fails), and the void
    and tuple ones do nothing; flyte_lite's add the dependency, as ``>>`` does."""
    outcome = cases()["ordering_outcomes"][f"runs_before_{kind}"]
    first = {
        "promise": {"task": "add_one", "kwargs": {"x": {"kind": "plain", "value": 1}}},
        "void": {"task": "unions", "kwargs": {k: {"kind": "plain", "value": v}
                                             for k, v in {"a": None, "b": None, "c": 1,
                                                          "o": None}.items()}},
        "tuple": {"task": "scalars", "kwargs": cases()["ordering"][8]["calls"][0]["kwargs"]},
    }[kind]
    second = {"task": "add_one", "kwargs": {"x": {"kind": "plain", "value": 2}}}
    returned = []
    nodes, _ = run([first, second], lambda r: returned.append(r[0].runs_before(r[1])))
    assert [n.upstream_node_ids for n in nodes] == [[], ["n0"]]
    assert isinstance(returned[0], Promise)
    if kind == "promise":
        assert outcome == {"type": "TypeError", "str": "'Promise' object is not callable"}
    else:
        assert outcome["type"] is None
        flytekits = [golden(f) for f in outcome["files"]]
        nodes = [attrs.evolve(n, upstream_node_ids=[]) for n in nodes]
        assert node_bytes(nodes) == flytekits


def test_rshift_into_a_tuple_of_promises() -> None:
    assert cases()["ordering_outcomes"]["promise_tuple"]["type"] == "AttributeError"
    with compiling() as wf:
        p = task("add_one")(x=1)
        outs = task("scalars")(i=1, f=1.0, s="", b=True, dt=datetime.datetime(2024, 1, 1),
                               td=datetime.timedelta(0))
        assert p >> outs is outs
    assert wf.nodes[1].upstream_node_ids == ["n0"]


# --- 3. attribute paths -------------------------------------------------------------------


@pytest.mark.parametrize("case", cases()["attr_paths"], ids=lambda c: c["name"])
def test_attribute_paths_are_flytekits(case: dict[str, Any]) -> None:
    nodes, _ = run(case["calls"])
    assert node_bytes(nodes) == [golden(f) for f in case["node_files"]]


@pytest.mark.parametrize("key", ["index_untyped_struct", "iterate"])
def test_attribute_path_errors(key: str) -> None:
    flytekit = cases()["attr_path_errors"][key]
    with compiling(), pytest.raises(ValueError) as err:
        if key == "iterate":
            list(task("add_one")(x=1))
        else:
            task("generic")(d={}, p=Point(1.0, 2.0), ps=[])["a"]
    assert type(err.value).__name__ == flytekit["type"]
    assert str(err.value) == flytekit["str"]


def test_promise_reprs_are_flytekits() -> None:
    reprs = cases()["promise_reprs"]
    with compiling() as wf:
        p = task("add_one")(x=1)
        s = task("structured")(p=Point(1.0, 2.0), maybe_p=None, fd=None, ff=None)
        d = task("with_pod")(x=1, names=[])
        assert repr(p) == reprs["promise"]
        assert repr(s.x) == reprs["attr"]
        assert repr(d["k"]) == reprs["item"]
        assert repr(s.x["y"][3]) == reprs["nested"]
        assert repr(wf.input("cfg").a) == reprs["input"]
        assert s.x.attr_path == ("x",) and s.attr_path == ()  # a new promise each time
    with pytest.raises(ValueError, match="does not fit in 32 bits"):
        p[2**31]
    with pytest.raises(TypeError, match="indexed by a str or an int"):
        p[1.5]  # type: ignore[index]


def test_promises_pickle_and_copy_without_their_node() -> None:
    import copy

    with compiling():
        p = task("add_one")(x=1)["a"]
    again = pickle.loads(pickle.dumps(p))
    assert again == p and again.node is None and repr(again) == "Promise(node:n0.o0.['a'])"
    assert copy.copy(p) == p


# --- 4. dicts and dataclasses for struct inputs -------------------------------------------


@pytest.mark.parametrize("case", cases()["struct_bindings"], ids=lambda c: c["name"])
def test_struct_bindings_are_flytekits_msgpack(case: dict[str, Any]) -> None:
    nodes, _ = run(case["calls"])
    assert node_bytes(nodes) == [golden(f) for f in case["node_files"]]


def test_the_issues_example_bytes() -> None:
    with compiling() as wf:
        task("generic")(d={"x": 1, "y": [1, 2]}, p=Point(1.0, 2.0), ps=[])
    binary = wf.nodes[0].inputs[0].binding.scalar.binary  # type: ignore[union-attr]
    assert binary is not None
    assert (binary.value, binary.tag) == (b"\x82\xa1x\x01\xa1y\x92\x01\x02", "msgpack")


def test_without_msgpack_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgpack", None)  # import msgpack raises ImportError
    with compiling(), pytest.raises(BindingError) as err:
        task("generic")(d={"x": 1}, p=Point(1.0, 2.0), ps=[])
    assert str(err.value) == (
        "Failed to Bind variable 'd' for function 'workflows.use.generic': d: binding a dict "
        "or a dataclass to a struct input writes msgpack, which needs the msgpack package: "
        "pip install 'flyte_lite[msgpack]'"
    )


@pytest.mark.parametrize(
    ("d", "reason"),
    [
        ({"p": Promise("x")}, "d['p']: a promise cannot be inside a dict or dataclass bound "
                              "to a struct: Promise(node:.x.[])"),
        ({1: 2}, "d: dict keys must be str, got int 1"),
        ({"s": {1, 2}}, "d['s']: cannot write a value of type set as msgpack"),
        ({"big": 2**64}, "d: cannot be written as msgpack: "),
    ],
)
def test_struct_values_msgpack_cannot_write(d: dict[Any, Any], reason: str) -> None:
    with compiling(), pytest.raises(BindingError) as err:
        task("generic")(d=d, p=Point(1.0, 2.0), ps=[])
    assert str(err.value).startswith(
        "Failed to Bind variable 'd' for function 'workflows.use.generic': " + reason
    )


# --- 5. properties ------------------------------------------------------------------------


def test_is_empty_and_python_interface_are_flytekits() -> None:
    flytekit = cases()["properties"]
    t = task("add_one")
    assert t.is_empty is flytekit["is_empty"] is False
    assert repr(t.python_interface) == flytekit["python_interface"] == "None"


# --- 6. an admin Task's own id ------------------------------------------------------------


def test_an_admin_tasks_id_names_the_task() -> None:
    flytekit = cases()["admin_task"]
    data = golden(flytekit["file"])
    for t in (
        FlyteTask.from_bytes(data, kind="task"),
        FlyteTask.from_json(Task.from_bytes(data).to_json(), kind="task"),
    ):
        assert t.name == flytekit["name"] == "workflows.typed.add_one_v2"
        assert t.id.version == flytekit["id_version"] == "v2"
        # flytekit overwrites the template's id; flyte_lite keeps it reachable
        assert flytekit["template_id_version"] == "v2"
        assert t.template.id is not None and t.template.id.version == "v1"
        assert t.template.id.name == "workflows.typed.add_one"
        assert t.docs == DescriptionEntity(short_description="Adds one.")
        with compiling() as wf:
            t(x=1)
        assert node_bytes(wf.nodes) == [golden(f) for f in flytekit["node_files"]]
        assert pickle.loads(pickle.dumps(t)).id == t.id
        assert FlyteTask.from_flyte_idl(t).id == t.id
        assert t.replace(custom=None).id == t.id
        assert t.replace(id=t.template.id).id == t.template.id
        assert t != t.replace(id=t.template.id)


# --- 7. output order ----------------------------------------------------------------------


def test_outputs_come_in_natural_order_and_by_name() -> None:
    flytekit = cases()["output_order"]
    declared = flytekit["declared"]
    assert declared == [f"o{i}" for i in range(11)]
    # flytekit unpacks in upb's map order, neither declared nor sorted
    assert all(o["unpacked"] != declared for o in flytekit["observed"])
    assert all(sorted(o["unpacked"]) == sorted(declared) for o in flytekit["observed"])
    t = task("many_outputs")
    assert list(t.interface.outputs) == declared
    with compiling():
        outs = t(x=1)
        assert outs._fields == tuple(declared)
        assert [p.var for p in outs] == declared
        assert outs.o10 == outs.output("o10") == outs[10]
    # inputs too: natural order, the same in every process
    observed_inputs = flytekit["observed"][0]["scalars_inputs"]
    assert list(task("scalars").interface.inputs) == sorted(observed_inputs) == [
        "b", "dt", "f", "i", "s", "td"
    ]


def test_natural_key() -> None:
    from flyte_lite.remote.task import natural_key

    names = ["o10", "o2", "o1", "a", "", "10", "2", "o01", "x1y10", "x1y9", "O1"]
    assert sorted(names, key=natural_key) == [
        "", "2", "10", "O1", "a", "o01", "o1", "o2", "o10", "x1y9", "x1y10"
    ]


# --- 8. constructors take what protobuf's take --------------------------------------------


def test_none_is_empty_for_every_repeated_and_map_field() -> None:
    from flyte_lite.models import message_classes
    from flyte_lite.wire.fields import MapKind, specs_of
    from tests.conftest import reference_class

    checked = 0
    for cls in message_classes().values():
        for spec in specs_of(cls):
            if not (spec.repeated or isinstance(spec.kind, MapKind)):
                continue
            made = cls(**{spec.name: None})
            assert made == cls() and made.to_bytes() == b"", (cls, spec.name)
            # protobuf's constructor does the same
            assert reference_class(cls.full_name)(**{spec.name: None}).SerializeToString() == b""
            checked += 1
    assert checked >= 36  # every one there is


def test_promote_from_model_takes_flyteidl_and_flytekit_templates() -> None:
    from tests.conftest import reference_class

    spec = task("add_one").to_flyte_idl()
    assert spec.template is not None
    pb = reference_class("flyteidl.core.TaskTemplate").FromString(spec.template.to_bytes())

    class FlytekitStyle:  # flytekit's TaskTemplate model: to_flyte_idl() gives protobuf
        def to_flyte_idl(self) -> Any:
            return pb

    for given in (pb, FlytekitStyle()):
        promoted = FlyteTask.promote_from_model(given)
        assert promoted.template == spec.template
        assert promoted.serialize_to_string() == FlyteTask.promote_from_model(
            spec.template
        ).serialize_to_string()
    with pytest.raises(TypeError, match="needs a TaskTemplate"):
        FlyteTask.promote_from_model(reference_class("flyteidl.admin.TaskSpec")())


# --- 9. errors ----------------------------------------------------------------------------


def test_flyte_assertion_prints_as_flytekits() -> None:
    flytekit = cases()["errors"]
    assert str(FlyteAssertion("boom")) == flytekit["flyte_assertion_str"]
    assert str(FlyteAssertion("a", "b")) == flytekit["flyte_assertion_two_args"]
    try:
        try:
            raise KeyError("k")
        except KeyError as cause:
            raise FlyteAssertion("outer") from cause
    except FlyteAssertion as err:
        assert str(err) == "USER:AssertionError: error=outer, cause='k'"


def test_positional_promises_print_as_flytekits() -> None:
    flytekit = cases()["errors"]["positional_promises"]
    with compiling() as wf:
        p = task("add_one")(x=1)
        with pytest.raises(FlyteAssertion) as err:
            task("add_one")(wf.input("a"), p, p.x["k"], 3)
    assert type(err.value).__name__ == flytekit["type"]
    assert str(err.value) == flytekit["str"]


def test_a_void_promise_in_a_list() -> None:
    flytekit = cases()["errors"]["void_promise_in_list"]
    with compiling(), pytest.raises(BindingError) as err:
        v = task("unions")(a=None, b=None, c=1, o=None)
        task("with_pod")(x=1, names=[v])
    head, _, reason = flytekit["str"].partition(":\n ")
    assert str(err.value) == f"{head}: names[0]: {reason}"


# --- 10. the README's migration table -----------------------------------------------------


def migration_task() -> FlyteTask:
    """add_one changed as the generator changed it (env, config, a security context without
    secrets, metadata without retries)."""
    from flyte_lite.models.core.literals import KeyValuePair
    from flyte_lite.models.core.security import Identity, SecurityContext

    t = task("add_one")
    assert t.container is not None and t.metadata is not None
    return t.replace(
        container=attrs.evolve(
            t.container,
            env=[KeyValuePair(key="A", value="1")],
            config=[KeyValuePair(key="k", value="v")],
        ),
        security_context=SecurityContext(run_as=Identity(iam_role="role")),
        metadata=attrs.evolve(t.metadata, retries=None),
        custom=None,
    )


# (README one-liner, flytekit's value as recorded by the generator)
MIGRATION = [
    ("(t.metadata.timeout or Duration()).to_timedelta()", "metadata_timeout"),
    ("{kv.key: kv.value for kv in t.container.env}", "container_env"),
    ("{kv.key: kv.value for kv in t.container.config}", "container_config"),
    ("t.custom or {}", "custom"),
    ("list(t.security_context.secrets) or None", "secrets_when_empty"),
    ("(t.metadata.retries or RetryStrategy()).retries", "retries_when_unset"),
]


@pytest.mark.parametrize(("line", "key"), MIGRATION)
def test_the_migration_table_gives_flytekits_values(line: str, key: str) -> None:
    from flyte_lite.models.core.literals import RetryStrategy
    from flyte_lite.wkt import Duration

    assert f"`{line}`" in (FIXTURES.parent.parent / "README.md").read_text()
    namespace = {"t": migration_task(), "Duration": Duration, "RetryStrategy": RetryStrategy}
    assert repr(eval(line, namespace)) == cases()["migration"][key]


def test_the_migration_table_description_format() -> None:
    from flyte_lite.models.admin.description_entity import Description, DescriptionFormat

    flytekit = cases()["migration"]
    d = Description(value="x")
    assert d.format == DescriptionFormat.DESCRIPTION_FORMAT_UNKNOWN  # protobuf's default
    fixed = d.format or DescriptionFormat.DESCRIPTION_FORMAT_RST
    assert fixed.name.endswith(flytekit["description_format_default"])
    assert int(fixed) == flytekit["description_pb_format"]


def test_transform_interface_to_list_is_flytekits() -> None:
    flytekit = cases()["migration"]["transform_interface_to_list"]
    listed = task(flytekit["task"]).interface.transform_interface_to_list(
        set(flytekit["bound_inputs"]), set(flytekit["excluded_inputs"])
    )
    assert listed.message is not None
    assert listed.message.to_bytes(deterministic=True) == golden(flytekit["file"])
    assert list(listed.inputs) == ["b", "dt", "f", "i", "td"]
    assert cases()["migration"]["interface_type"] == "TypedInterface"
