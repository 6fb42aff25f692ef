"""FlyteTask: construction, reading, writing, properties, changing, equality."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import flyte_lite
from flyte_lite import DecodeError, EncodeError
from flyte_lite.models.admin.description_entity import Description, DescriptionEntity
from flyte_lite.models.admin.task import Task, TaskClosure, TaskSpec
from flyte_lite.models.core.compiler import CompiledTask
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.interface import TypedInterface, Variable, VariableMap
from flyte_lite.models.core.tasks import (
    Container,
    ContainerPort,
    K8sPod,
    Sql,
    TaskMetadata,
    TaskTemplate,
)
from flyte_lite.models.core.types import LiteralType, SimpleType
from flyte_lite.remote import FlyteTask
from flyte_lite.wkt import Timestamp
from tests.conftest import FIXTURES, TASK_FIXTURES, reference_class

ADD_ONE = (FIXTURES / "tasks" / "add_one.pb").read_bytes()
TEMPLATE_ARGS = (
    "id",
    "type",
    "metadata",
    "interface",
    "custom",
    "container",
    "task_type_version",
    "security_context",
    "config",
    "k8s_pod",
    "sql",
    "extended_resources",
)


@pytest.fixture(params=TASK_FIXTURES, ids=lambda p: p.stem)
def fixture_bytes(request: pytest.FixtureRequest) -> bytes:
    path: Path = request.param
    return path.read_bytes()


def make_task(**overrides: Any) -> FlyteTask:
    args: dict[str, Any] = {
        "id": Identifier(resource_type=ResourceType.TASK, project="p", name="my.module.t1"),
        "type": "python-task",
        "metadata": TaskMetadata(retries=None),
        "interface": TypedInterface(
            inputs=VariableMap(
                variables={"x": Variable(type=LiteralType(simple=SimpleType.INTEGER))}
            ),
        ),
        "custom": None,
        "container": Container(image="python:3.11", args=["run"]),
    }
    args.update(overrides)
    return FlyteTask(**args)


# --- reading and writing --------------------------------------------------------------------


def test_every_fixture_round_trips_byte_exact(fixture_bytes: bytes) -> None:
    task = FlyteTask.from_bytes(fixture_bytes)
    assert task.serialize_to_string() == fixture_bytes
    assert task.to_flyte_idl() == TaskSpec.from_bytes(fixture_bytes)


def test_constructor_rebuilds_every_fixture(fixture_bytes: bytes) -> None:
    """All constructor arguments and docs together make the very same TaskSpec bytes."""
    spec = TaskSpec.from_bytes(fixture_bytes)
    assert spec.template is not None
    args = {name: getattr(spec.template, name) for name in TEMPLATE_ARGS}
    task = FlyteTask(**args, docs=spec.description)
    assert task.serialize_to_string() == fixture_bytes


def test_from_bytes_template_and_admin_task(fixture_bytes: bytes) -> None:
    spec = TaskSpec.from_bytes(fixture_bytes)
    assert spec.template is not None
    template_bytes = spec.template.to_bytes()
    from_template = FlyteTask.from_bytes(template_bytes, kind="template")
    assert from_template.template.to_bytes() == template_bytes
    assert from_template.docs is None

    admin = Task(
        id=spec.template.id,
        closure=TaskClosure(
            compiled_task=CompiledTask(template=spec.template),
            created_at=Timestamp(seconds=1_700_000_000),
        ),
        short_description="short",
    )
    from_task = FlyteTask.from_bytes(admin.to_bytes(), kind="task")
    assert from_task.template == spec.template
    # the Task's short_description is kept as the description
    assert from_task.docs == DescriptionEntity(short_description="short")
    assert from_task == from_template.replace(docs=DescriptionEntity(short_description="short"))


def test_from_bytes_takes_bytearray_and_memoryview() -> None:
    assert FlyteTask.from_bytes(bytearray(ADD_ONE)).serialize_to_string() == ADD_ONE
    assert FlyteTask.from_bytes(memoryview(ADD_ONE)).serialize_to_string() == ADD_ONE


def test_from_bytes_rejects_a_bad_kind() -> None:
    with pytest.raises(ValueError) as err:
        FlyteTask.from_bytes(ADD_ONE, kind="workflow")  # type: ignore[arg-type]
    assert str(err.value) == "kind must be 'spec', 'template' or 'task', not 'workflow'"


def test_from_bytes_reports_bad_bytes() -> None:
    with pytest.raises(DecodeError) as err:
        FlyteTask.from_bytes(ADD_ONE[:-3])
    assert str(err.value).startswith("flyteidl.admin.TaskSpec")


def test_a_spec_without_template_or_id_is_refused() -> None:
    with pytest.raises(ValueError) as err:
        FlyteTask.from_bytes(b"")
    assert str(err.value) == "the admin TaskSpec has no template, so it is not a task"
    with pytest.raises(ValueError) as err:
        FlyteTask.from_bytes(TaskTemplate(type="x").to_bytes(), kind="template")
    assert str(err.value) == "the task template has no id"
    with pytest.raises(ValueError) as err:
        FlyteTask.from_bytes(Task(id=Identifier(name="t")).to_bytes(), kind="task")
    assert str(err.value) == "the admin Task has no closure.compiled_task.template"


def test_admin_task_lends_its_id_to_a_template_without_one() -> None:
    template = TaskTemplate(type="python-task")
    task = FlyteTask.from_flyte_idl(
        Task(
            id=Identifier(name="a.b"),
            closure=TaskClosure(compiled_task=CompiledTask(template=template)),
        )
    )
    assert task.id == Identifier(name="a.b")
    assert task.name == "a.b"


def test_unknown_fields_survive() -> None:
    """Fields from a newer flyteidl (here field 99 of TaskSpec and of TaskTemplate) are kept."""
    spec = TaskSpec.from_bytes(ADD_ONE)
    assert spec.template is not None and spec.description is not None
    extra = bytes([0x98, 0x06, 0x07])  # field 99, varint 7
    template_bytes = spec.template.to_bytes() + extra
    docs_bytes = spec.description.to_bytes()
    data = (
        b"\x0a" + _varint(len(template_bytes)) + template_bytes
        + b"\x12" + _varint(len(docs_bytes)) + docs_bytes
        + extra
    )  # fmt: skip
    task = FlyteTask.from_bytes(data)
    assert task.template._unknown_fields == extra
    assert task.to_flyte_idl()._unknown_fields == extra
    assert task.serialize_to_string() == data
    changed = task.replace(type="other")
    assert changed.template._unknown_fields == extra
    assert changed.to_flyte_idl()._unknown_fields == extra


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def test_nothing_flytekit_drops_is_lost() -> None:
    """org, tags, ports, architecture, primary_container_name and the description."""
    ref = reference_class("flyteidl.admin.TaskSpec")
    with_container = make_task(
        id=Identifier(resource_type=ResourceType.TASK, name="t", org="acme"),
        metadata=TaskMetadata(tags={"team": "ml"}),
        container=Container(
            image="i",
            ports=[ContainerPort(container_port=8080, name="http")],
            architecture=Container.Architecture.ARM64,
        ),
        docs=DescriptionEntity(
            short_description="short", long_description=Description(value="long")
        ),
    )
    pb = ref.FromString(
        FlyteTask.from_bytes(with_container.serialize_to_string()).serialize_to_string()
    )
    assert pb.template.id.org == "acme"
    assert dict(pb.template.metadata.tags) == {"team": "ml"}
    assert pb.template.container.ports[0].container_port == 8080
    assert pb.template.container.architecture == 2
    assert pb.description.long_description.value == "long"
    with_pod = make_task(container=None, k8s_pod=K8sPod(primary_container_name="main"))
    pb = ref.FromString(with_pod.serialize_to_string())
    assert pb.template.k8s_pod.primary_container_name == "main"


def test_deterministic_serialization_sorts_maps() -> None:
    data = (FIXTURES / "tasks" / "collections.pb").read_bytes()
    theirs = reference_class("flyteidl.admin.TaskSpec").FromString(data)
    ours = FlyteTask.from_bytes(data).serialize_to_string(deterministic=True)
    assert ours == theirs.SerializeToString(deterministic=True)


# --- from_flyte_idl ---------------------------------------------------------------------------


def test_from_flyte_idl_takes_flyte_lite_messages() -> None:
    spec = TaskSpec.from_bytes(ADD_ONE)
    assert spec.template is not None
    assert FlyteTask.from_flyte_idl(spec).serialize_to_string() == ADD_ONE
    from_template = FlyteTask.from_flyte_idl(spec.template)
    assert from_template.to_flyte_idl() == TaskSpec(template=spec.template)
    task = Task(closure=TaskClosure(compiled_task=CompiledTask(template=spec.template)))
    assert FlyteTask.from_flyte_idl(task) == from_template
    copy = FlyteTask.from_flyte_idl(from_template.replace(should_register=True))
    assert copy == from_template and copy.should_register is True


@pytest.mark.parametrize(
    ("full_name", "kind"),
    [
        ("flyteidl.admin.TaskSpec", "spec"),
        ("flyteidl.core.TaskTemplate", "template"),
        ("flyteidl.admin.Task", "task"),
    ],
)
def test_from_flyte_idl_takes_flyteidl_messages(
    fixture_bytes: bytes, full_name: str, kind: str
) -> None:
    spec = reference_class("flyteidl.admin.TaskSpec").FromString(fixture_bytes)
    if kind == "spec":
        pb = spec
    elif kind == "template":
        pb = spec.template
    else:
        pb = reference_class(full_name)()
        pb.closure.compiled_task.template.CopyFrom(spec.template)
    task = FlyteTask.from_flyte_idl(pb)
    expected = TaskSpec.from_bytes(fixture_bytes)
    if kind != "spec":
        expected = TaskSpec(template=expected.template)
    assert task.to_flyte_idl() == expected
    if kind == "spec":
        assert task.serialize_to_string() == pb.SerializeToString()


def test_from_flyte_idl_takes_a_flytekit_style_model() -> None:
    """Anything with to_flyte_idl() returning a flyteidl message (flytekit's models)."""
    pb = reference_class("flyteidl.admin.TaskSpec").FromString(ADD_ONE)

    class Model:
        def to_flyte_idl(self) -> Any:
            return pb

    assert FlyteTask.from_flyte_idl(Model()).to_flyte_idl() == TaskSpec.from_bytes(ADD_ONE)


def test_from_flyte_idl_refuses_other_things() -> None:
    with pytest.raises(TypeError) as err:
        FlyteTask.from_flyte_idl(Identifier(name="x"))
    assert str(err.value) == (
        "from_flyte_idl() cannot make a task from a flyteidl.core.Identifier; it takes "
        "flyteidl.admin.TaskSpec, flyteidl.core.TaskTemplate or flyteidl.admin.Task"
    )
    with pytest.raises(TypeError) as err:
        FlyteTask.from_flyte_idl(reference_class("flyteidl.core.Identifier")())
    assert str(err.value) == (
        "from_flyte_idl() cannot make a task from a protobuf flyteidl.core.Identifier; it takes "
        "flyteidl.admin.TaskSpec, flyteidl.core.TaskTemplate or flyteidl.admin.Task"
    )
    with pytest.raises(TypeError) as err:
        FlyteTask.from_flyte_idl(ADD_ONE)
    assert str(err.value) == (
        "from_flyte_idl() needs an admin TaskSpec, a TaskTemplate or an admin Task "
        "(flyte_lite or flyteidl), got bytes"
    )


def test_hand_built_messages_are_checked() -> None:
    bad = TaskTemplate(id=Identifier(name="t"), type=5)  # type: ignore[arg-type]
    for call in (
        lambda: FlyteTask.promote_from_model(bad),
        lambda: FlyteTask.from_flyte_idl(bad),
        lambda: FlyteTask.from_flyte_idl(TaskSpec(template=bad)),
    ):
        with pytest.raises(EncodeError) as err:
            call()
        assert "type: expected string, got int 5" in str(err.value)


def test_promote_from_model() -> None:
    spec = TaskSpec.from_bytes(ADD_ONE)
    assert spec.template is not None
    task = FlyteTask.promote_from_model(spec.template)
    assert task.template is spec.template
    assert task.docs is None
    with_docs = FlyteTask.promote_from_model(spec.template, docs=spec.description)
    assert with_docs.serialize_to_string() == ADD_ONE
    with pytest.raises(TypeError) as err:
        FlyteTask.promote_from_model(spec)
    assert str(err.value) == (
        "promote_from_model() needs a TaskTemplate (flyte_lite, flyteidl or flytekit), "
        "got flyte_lite.models.admin.task.TaskSpec"
    )


# --- constructor and properties ---------------------------------------------------------------


def test_properties() -> None:
    spec = TaskSpec.from_bytes((FIXTURES / "tasks" / "heavy.pb").read_bytes())
    template = spec.template
    assert template is not None and template.id is not None
    task = FlyteTask.from_flyte_idl(spec)
    assert task.template is template
    assert task.docs is spec.description
    assert task.id is template.id
    assert task.name == "workflows.typed.heavy"
    assert task.type == "python-task"
    assert task.metadata is template.metadata
    assert task.custom is None
    assert task.container is template.container
    assert task.task_type_version == 0
    assert task.security_context is template.security_context
    assert task.config == {}
    assert task.k8s_pod is None
    assert task.sql is None
    assert task.extended_resources is template.extended_resources
    assert task.should_register is False
    assert task.resource_type is ResourceType.TASK
    assert task.entity_type_text == "Task"
    assert list(task.interface.inputs) == ["x", "y"]
    assert list(task.interface.outputs) == ["o0"]
    assert task.interface.inputs["y"].type == LiteralType(simple=SimpleType.FLOAT)
    assert task.interface.message is template.interface


def test_sql_custom_config_and_version_properties() -> None:
    sql_task = FlyteTask.from_bytes((FIXTURES / "tasks" / "sqlite_query.pb").read_bytes())
    assert sql_task.custom is not None
    assert sql_task.custom["uri"] == "https://example.com/chinook.zip"
    map_task = FlyteTask.from_bytes((FIXTURES / "tasks" / "map_square.pb").read_bytes())
    assert map_task.task_type_version == 1
    task = make_task(
        container=None, sql=Sql(statement="select 1", dialect=Sql.Dialect.ANSI), config={"a": "b"}
    )
    assert task.sql == Sql(statement="select 1", dialect=Sql.Dialect.ANSI)
    assert task.config == {"a": "b"}
    assert task.template.config == {"a": "b"}


def test_properties_are_read_only() -> None:
    task = make_task()
    with pytest.raises(AttributeError):
        task.name = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        task.template = TaskTemplate()  # type: ignore[misc]
    with pytest.raises(TypeError):
        task.config["k"] = "v"  # type: ignore[index]
    with pytest.raises(TypeError):
        task.interface.inputs["y"] = Variable()  # type: ignore[index]


def test_interface_without_inputs_or_outputs() -> None:
    task = make_task(interface=None)
    assert dict(task.interface.inputs) == {} and dict(task.interface.outputs) == {}
    assert task.interface.message is None
    assert repr(task.interface) == "TaskInterface(inputs=(), outputs=())"
    assert repr(make_task().interface) == "TaskInterface(inputs=(x: int), outputs=())"


def test_constructor_takes_a_task_interface() -> None:
    source = FlyteTask.from_bytes(ADD_ONE)
    task = make_task(interface=source.interface)
    assert task.template.interface is source.template.interface
    assert task.interface == source.interface
    assert task.interface != make_task().interface


def test_constructor_defaults_match_flytekit() -> None:
    task = make_task()
    assert task.task_type_version == 0
    assert task.security_context is None
    assert task.config == {}
    assert task.k8s_pod is None and task.sql is None and task.extended_resources is None
    assert task.should_register is False
    assert task.docs is None
    assert task.to_flyte_idl() == TaskSpec(template=task.template)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"id": "my.task"}, "FlyteTask() argument id must be an Identifier, not str"),
        ({"type": None}, "FlyteTask() argument type must be a str, not NoneType"),
        (
            {"metadata": {"retries": 3}},
            "FlyteTask() argument metadata must be a TaskMetadata or None, not dict",
        ),
        (
            {"interface": {}},
            "FlyteTask() argument interface must be a TypedInterface, a TaskInterface or None, "
            "not dict",
        ),
        ({"custom": [1]}, "FlyteTask() argument custom must be a dict or None, not list"),
        (
            {"container": Sql()},
            "FlyteTask() argument container must be a Container or None, "
            "not flyte_lite.models.core.tasks.Sql",
        ),
        (
            {"task_type_version": True},
            "FlyteTask() argument task_type_version must be an int, not bool",
        ),
        (
            {"task_type_version": 1.0},
            "FlyteTask() argument task_type_version must be an int, not float",
        ),
        ({"config": {"a": 1}}, "FlyteTask() argument config must map str to str, got 'a': 1"),
        ({"should_register": 1}, "FlyteTask() argument should_register must be a bool, not int"),
        (
            {"docs": "text"},
            "FlyteTask() argument docs must be a DescriptionEntity or None, not str",
        ),
    ],
)
def test_constructor_type_errors(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError) as err:
        make_task(**overrides)
    assert str(err.value) == message


def test_constructor_checks_nested_values_and_oneof() -> None:
    with pytest.raises(EncodeError) as err:
        make_task(sql=Sql(statement="select 1"))
    assert str(err.value) == (
        "flyteidl.admin.TaskSpec.template: "
        "oneof 'target' has more than one member set: container, sql"
    )
    with pytest.raises(EncodeError) as err:
        make_task(container=Container(args=["ok", 5]))
    assert str(err.value).startswith(
        "flyteidl.admin.TaskSpec.template.container.args[1]: expected string"
    )
    with pytest.raises(EncodeError) as err:
        make_task(task_type_version=1 << 31)
    assert "template.task_type_version" in str(err.value)
    with pytest.raises(EncodeError) as err:
        make_task(custom={"a": object()})
    assert "template.custom" in str(err.value)


# --- changing a task --------------------------------------------------------------------------


def test_replace_changes_only_what_is_named() -> None:
    task = FlyteTask.from_bytes(ADD_ONE)
    assert task.container is not None
    image = attrs.evolve(task.container, image="ghcr.io/example/other:2")
    changed = task.replace(container=image, should_register=True)
    assert changed.container == image
    assert changed.should_register is True
    assert changed.docs is task.docs
    assert changed.template == attrs.evolve(task.template, container=image)
    assert task.container.image == "ghcr.io/example/default:0.1"  # the original is untouched
    expected = TaskSpec(
        template=attrs.evolve(task.template, container=image), description=task.docs
    )
    assert changed.serialize_to_string() == expected.to_bytes()


def test_replace_template_and_docs() -> None:
    task = FlyteTask.from_bytes(ADD_ONE)
    new_template = attrs.evolve(task.template, type="raw-container")
    changed = task.replace(template=new_template, docs=None)
    assert changed.template is new_template
    assert changed.docs is None
    assert changed.serialize_to_string() == TaskSpec(template=new_template).to_bytes()


def test_replace_can_move_the_target_oneof() -> None:
    task = make_task()
    sql = Sql(statement="select 1")
    with pytest.raises(EncodeError):
        task.replace(sql=sql)
    moved = task.replace(sql=sql, container=None)
    assert moved.sql == sql and moved.container is None
    assert moved.template.which_oneof("target") == "sql"


def test_replace_errors() -> None:
    task = make_task()
    with pytest.raises(TypeError) as err:
        task.replace(image="x", name="y")
    assert str(err.value) == "replace() got unknown argument(s) image, name"
    with pytest.raises(TypeError) as err:
        task.replace(template=task.template, type="x", sql=None)
    assert (
        str(err.value)
        == "replace() takes either template= or template fields (sql, type), not both"
    )
    with pytest.raises(TypeError) as err:
        task.replace(template=task.to_flyte_idl())
    assert str(err.value) == (
        "replace() argument template must be a TaskTemplate, "
        "not flyte_lite.models.admin.task.TaskSpec"
    )
    with pytest.raises(ValueError) as err:
        task.replace(template=TaskTemplate())
    assert str(err.value) == "replace(): the new template has no id"
    with pytest.raises(TypeError) as err:
        task.replace(id=None)
    assert str(err.value) == "replace() argument id must be an Identifier, not NoneType"
    with pytest.raises(TypeError) as err:
        task.replace(should_register="yes")
    assert str(err.value) == "replace() argument should_register must be a bool, not str"
    with pytest.raises(TypeError) as err:
        task.replace(docs=1)
    assert str(err.value) == "replace() argument docs must be a DescriptionEntity or None, not int"


# --- equality and hashing ---------------------------------------------------------------------


def test_equality_is_by_content() -> None:
    a, b = FlyteTask.from_bytes(ADD_ONE), FlyteTask.from_bytes(ADD_ONE)
    assert a == b
    assert not a != b  # noqa: SIM202
    assert a.replace(should_register=True) == a  # not part of the spec
    assert a.replace(type="other") != a
    assert a.replace(docs=None) != a  # the description is part of the spec
    assert a != a.to_flyte_idl()
    assert a != "task"


def test_hash_agrees_with_equality() -> None:
    a, b = FlyteTask.from_bytes(ADD_ONE), FlyteTask.from_bytes(ADD_ONE)
    assert hash(a) == hash(b)
    assert {a, b} == {a}
    assert {a: 1}[b] == 1
    other_version = a.replace(id=attrs.evolve(a.id, version="v2"))
    assert other_version != a
    assert hash(other_version) != hash(a)
    assert len({a, other_version, a.replace(type="changed")}) == 3


# --- execution --------------------------------------------------------------------------------


def test_execute_raises_flytekits_assertion() -> None:
    task = FlyteTask.from_bytes(ADD_ONE)
    with pytest.raises(AssertionError) as err:
        task.execute(x=1)
    assert type(err.value) is AssertionError
    assert str(err.value) == (
        "Remotely fetched entities cannot be run locally. "
        "Please mock the workflows.typed.add_one.execute."
    )


# --- the package surface ----------------------------------------------------------------------


def test_flyte_lite_exports_flytetask_lazily() -> None:
    assert flyte_lite.FlyteTask is FlyteTask
    assert "FlyteTask" in flyte_lite.__all__
    with pytest.raises(AttributeError) as err:
        flyte_lite.NoSuchThing  # noqa: B018
    assert str(err.value) == "module 'flyte_lite' has no attribute 'NoSuchThing'"
    code = (
        "import sys, flyte_lite\n"
        "assert 'flyte_lite.remote' not in sys.modules\n"
        "assert 'flyte_lite.models' not in sys.modules\n"
        "from flyte_lite import FlyteTask\n"
        "from flyte_lite.remote import compiling\n"
        f"t = FlyteTask.from_bytes(open({str(FIXTURES / 'tasks' / 'add_one.pb')!r}, 'rb').read())\n"
        "with compiling() as wf:\n"
        "    t(x=wf.input('x'))\n"
        "assert wf.nodes[0].to_bytes()\n"
        "t.short_string(); t.verbose_string(); t._repr_html_()\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.split('.')[0] in ('google', 'flyteidl', 'flytekit'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- JSON ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", TASK_FIXTURES, ids=lambda p: p.stem)
def test_json_round_trip_matches_json_format(path: Path) -> None:
    from google.protobuf import json_format

    data = path.read_bytes()
    task = FlyteTask.from_bytes(data)
    ref = reference_class("flyteidl.admin.TaskSpec").FromString(data)
    assert json.loads(task.to_json()) == json_format.MessageToDict(ref)
    assert FlyteTask.from_json(task.to_json()) == task
    assert FlyteTask.from_json(json_format.MessageToJson(ref)).serialize_to_string(
        deterministic=True
    ) == ref.SerializeToString(deterministic=True)


def test_json_of_an_admin_task_response() -> None:
    """FlyteAdmin's `Accept: application/json` answer: snake_case, every field present."""
    from google.protobuf import json_format

    data = (FIXTURES / "tasks" / "heavy.pb").read_bytes()
    ref_task_class = reference_class("flyteidl.admin.Task")
    ref_spec = reference_class("flyteidl.admin.TaskSpec").FromString(data)
    admin = ref_task_class(id=ref_spec.template.id, short_description="heavy")
    admin.closure.compiled_task.template.CopyFrom(ref_spec.template)
    admin.closure.created_at.FromSeconds(1_700_000_000)
    text = json_format.MessageToJson(
        admin, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )
    task = FlyteTask.from_json(text, kind="task")
    assert task.template == FlyteTask.from_bytes(data).template
    assert task.to_json(preserving_proto_field_name=True, indent=2).startswith('{\n  "template"')


def test_from_json_errors_name_the_path_and_kind() -> None:
    from flyte_lite import JSONError

    with pytest.raises(JSONError, match=r"template\.metadata\.timeout"):
        FlyteTask.from_json('{"template": {"metadata": {"timeout": "30m"}}}')
    with pytest.raises(ValueError, match="kind must be"):
        FlyteTask.from_json("{}", kind="workflow")  # type: ignore[arg-type]


def test_a_task_pickles_and_copies() -> None:
    import copy
    import pickle

    data = (FIXTURES / "tasks" / "with_pod.pb").read_bytes()
    task = FlyteTask.from_bytes(data).replace(should_register=True)
    for again in (pickle.loads(pickle.dumps(task)), copy.deepcopy(task), copy.copy(task)):
        assert again == task and again.should_register
        assert again.serialize_to_string() == data
        assert dict(again.interface.inputs) == dict(task.interface.inputs)
