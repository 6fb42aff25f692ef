"""Messages are immutable all the way down (issue 10 item 7).

Repeated fields hold read-only lists, map fields read-only dicts, and Struct data is
read-only at every level, however the message was made: decoded, read from JSON or
Python data, built by a constructor or by the cattrs converter. They still compare
equal to lists and dicts, and messages hash by content.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any, Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import flyte_lite
from flyte_lite import converter
from flyte_lite.message import Message
from flyte_lite.models import load_all
from flyte_lite.models.core.tasks import Container, TaskTemplate
from flyte_lite.remote import FlyteTask
from flyte_lite.wire.fields import specs_of
from flyte_lite.wire.frozen import FrozenDict, FrozenList
from tests.conftest import FIXTURES, reference_class
from tests.test_json_format import random_messages

load_all()

REALISTIC = (FIXTURES / "tasks" / "realistic.pb").read_bytes()
LARGE = (FIXTURES / "tasks" / "large.pb").read_bytes()


def thawed(value: Any, path: str = "") -> list[str]:
    """The places in ``value`` holding a list or dict that can be changed."""
    found = []
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, Message):
            for spec in specs_of(type(value)):
                stack.append((getattr(value, spec.name), f"{path}.{spec.name}"))
        elif isinstance(value, dict):
            if value.__class__ is not FrozenDict:
                found.append(path)
            stack += [(v, f"{path}[{k!r}]") for k, v in value.items()]
        elif isinstance(value, (list, tuple)):
            if value.__class__ is not FrozenList and not isinstance(value, tuple):
                found.append(path)
            stack += [(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return found


MAKERS: dict[str, Callable[[type[Message], Any], Message]] = {
    "from_bytes": lambda cls, ref: cls.from_bytes(ref.SerializeToString()),
    "from_json": lambda cls, ref: cls.from_json(
        cls.from_bytes(ref.SerializeToString()).to_json()),
    "from_dict": lambda cls, ref: cls.from_dict(cls.from_bytes(ref.SerializeToString()).to_dict()),
    "converter": lambda cls, ref: converter.structure(
        converter.unstructure(cls.from_bytes(ref.SerializeToString())), cls),
}


@given(random_messages(unknown=False), st.sampled_from(sorted(MAKERS)))
def test_every_way_of_making_a_message_gives_read_only_containers(
        case: tuple[str, Any], maker: str) -> None:
    name, ref = case
    cls = flyte_lite.message_class(name)
    try:
        message = MAKERS[maker](cls, ref)
    except flyte_lite.JSONError:  # no JSON form (NaN in a Struct): not this test's business
        return
    assert thawed(message) == []
    hash(message)  # immutable, so hashable


@pytest.mark.parametrize("data", [REALISTIC, LARGE])
def test_a_decoded_task_cannot_be_changed(data: bytes) -> None:
    task = FlyteTask.from_bytes(data)
    before = task.serialize_to_string()
    interface = task.interface
    template = task.template
    changes: list[Callable[[], Any]] = [
        lambda: template.metadata.tags.update({"a": "b"}),
        lambda: template.config.__setitem__("a", "b"),
        lambda: template.interface.inputs.variables.pop(next(iter(
            template.interface.inputs.variables), None)),
    ]
    if template.container is not None:
        container = template.container
        changes += [lambda: container.args.append("x"),
                    lambda: container.args.__setitem__(0, "x"),
                    lambda: container.args.extend(["x"]),
                    lambda: container.args.sort(),
                    lambda: container.env.clear()]
    if template.custom:
        changes.append(lambda: template.custom.__setitem__("new", 1))
        changes.append(lambda: template.custom.clear())
    if template.k8s_pod is not None:
        spec = template.k8s_pod.pod_spec
        changes.append(lambda: spec["containers"].append({}))
        changes.append(lambda: spec["containers"][0].__setitem__("name", "x"))
    for change in changes:
        with pytest.raises(TypeError, match="cannot be changed"):
            change()
    assert task.serialize_to_string() == before
    assert task.interface is interface  # the cached view still tells the truth
    assert thawed(task.template) == []


def test_constructors_copy_what_they_are_given() -> None:
    args, env_map = ["a"], {"k": [1.0, {"x": "y"}]}
    template = TaskTemplate(container=Container(args=args), custom=env_map)
    args.append("b")
    env_map["k"][1]["x"] = "changed"  # type: ignore[index]
    env_map["new"] = 2.0  # type: ignore[assignment]
    assert template.container.args == ["a"]
    assert template.custom == {"k": [1.0, {"x": "y"}]}
    assert thawed(template) == []
    # tuples are taken too, and compare as the lists they stand for
    assert Container(args=("a", "b")).args == ["a", "b"]
    assert Container(args=("a", "b")) == Container(args=["a", "b"])


def test_read_only_lists_and_dicts_are_lists_and_dicts() -> None:
    task = FlyteTask.from_bytes(REALISTIC)
    args = task.container.args
    assert isinstance(args, list) and args == list(args)
    assert repr(args) == repr(list(args))
    assert args.copy() == args and type(args.copy()) is list
    changed = args.copy()
    changed.append("x")  # a copy is the caller's own
    new = task.replace(container=attrs.evolve(task.container, args=changed))
    assert new.container.args[-1] == "x" and task.container.args[-1] != "x"
    assert isinstance(task.template.config, dict)
    assert copy.deepcopy(task.template) == task.template
    assert pickle.loads(pickle.dumps(task.template)) == task.template


def test_replace_shares_nothing_that_can_change() -> None:
    task = FlyteTask.from_bytes(REALISTIC)
    new = task.replace(docs=None)
    assert new.container.args is task.container.args  # shared, and safely: read-only
    with pytest.raises(TypeError):
        new.container.args.append("x")
    assert task == FlyteTask.from_bytes(REALISTIC)


def test_messages_hash_by_content() -> None:
    a = TaskTemplate.from_bytes(LARGE[:0] or FlyteTask.from_bytes(LARGE).template.to_bytes())
    b = TaskTemplate.from_json(a.to_json())
    c = converter.structure(converter.unstructure(a), TaskTemplate)
    assert a == b == c
    assert hash(a) == hash(b) == hash(c)
    assert len({a, b, c}) == 1
    assert hash(a) != hash(attrs.evolve(a, type="other"))


def test_equal_messages_decoded_and_built_hash_alike() -> None:
    ref = reference_class("flyteidl.core.Container")(args=["a", "b"], env=[{"key": "k"}])
    decoded = Container.from_bytes(ref.SerializeToString())
    built = Container(args=["a", "b"], env=[flyte_lite.message_class(
        "flyteidl.core.KeyValuePair")(key="k")])
    assert decoded == built and hash(decoded) == hash(built)


def test_none_for_a_repeated_or_map_field_is_the_empty_one() -> None:
    # (None as empty is issue 11's; the read-only converters keep it)
    assert Container(args=None, env=None) == Container()
    assert Container(args=None).args == [] and type(Container(args=None).args) is FrozenList
    assert TaskTemplate(config=None).config == {}
    assert flyte_lite.message_class("google.protobuf.Struct")(fields=None).fields == {}
