"""The generated modules beside the model modules are exactly what the generators write
now, and the shipped message classes never generate code at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import flyte_lite
from flyte_lite.codegen import generated_files

ROOT = Path(flyte_lite.__file__).parent


def test_generated_modules_are_up_to_date() -> None:
    expected = generated_files()
    stale = sorted(str(p.relative_to(ROOT)) for p, text in expected.items()
                   if not p.exists() or p.read_text() != text)
    assert not stale, f"run `python -m flyte_lite.codegen`: {stale} differ"
    on_disk = {p for pattern in ("_*_codec.py", "_*_dump.py", "_*_load.py")
               for p in ROOT.rglob(pattern)}
    assert on_disk == set(expected), "generated modules without a source module"


def test_generated_modules_read_as_source() -> None:
    text = (ROOT / "models" / "core" / "_tasks_codec.py").read_text()
    assert "def decode_TaskTemplate(buf, pos, end, depth, base, spans=None):" in text
    assert "def encode_TaskTemplate(m, out, deterministic):" in text
    assert ("decode_KeyValuePair = imported_on_first_call("
            "'flyte_lite.models.core._literals_codec', 'decode_KeyValuePair'") in text
    dump_text = (ROOT / "models" / "core" / "_tasks_dump.py").read_text()
    for name in ("dump", "dump_text", "dump_with"):
        assert f"def {name}_TaskTemplate(" in dump_text
    load_text = (ROOT / "models" / "core" / "_tasks_load.py").read_text()
    for name in ("load", "load_python"):
        assert f"def {name}_TaskTemplate(" in load_text


SHIPPED_ONLY = """
from pathlib import Path
from flyte_lite.models import message_classes
from flyte_lite.protojson import generator
from flyte_lite.wire import codecs

def refuse(cls, variant):
    raise AssertionError(f"generated {variant} of {cls.__name__} at run time")

codecs.CODEC.make_unit = generator.DUMPERS.make_unit = generator.LOADERS.make_unit = refuse
messages = [cls.from_bytes(cls().to_bytes()) for cls in message_classes().values()]
TaskSpec = message_classes()["flyteidl.admin.TaskSpec"]
for path in sorted(Path("tests/fixtures/tasks").glob("*.pb")):
    messages.append(TaskSpec.from_bytes(path.read_bytes()))
for m in messages:
    cls = type(m)
    m.to_bytes(deterministic=True)
    for ignore in (False, True):
        cls.from_json(m.to_json(), ignore_unknown_fields=ignore)
        cls.from_dict(m.to_dict(), ignore_unknown_fields=ignore)
    m.to_json(indent=None, preserving_proto_field_name=True, use_integers_for_enums=True,
              always_print_fields_with_no_presence=True, float_precision=3)
"""


def test_shipped_classes_use_the_generated_modules() -> None:
    subprocess.run([sys.executable, "-c", SHIPPED_ONLY], check=True, cwd=ROOT.parent)


def test_classes_defined_in_a_function_get_their_code_at_first_use() -> None:
    import enum
    from typing import Any

    from flyte_lite.message import Message, message
    from flyte_lite.wire import STRING, enum_of, field, map_of, msg, protobuf_enum

    def declare() -> Any:
        @message("flyte_lite_test.codegen.Local")
        class Local(Message):
            @protobuf_enum("flyte_lite_test.codegen.Local.Color")
            class Color(enum.IntEnum):
                RED = 0
                BLUE = 1

            color: Any = field(1, enum_of("flyte_lite_test.codegen.Local.Color"))
            child: Any = field(2, msg("flyte_lite_test.codegen.Local"))
            names: Any = field(3, map_of(STRING, enum_of("flyte_lite_test.codegen.Local.Color")))

        return Local

    local = declare()  # no import reaches it: its code refers to the class itself
    m = local(color=local.Color.BLUE, child=local(color=1), names={"a": 1})
    assert local.from_bytes(m.to_bytes()) == m
    assert local.from_json(m.to_json()) == m
    assert m.to_dict(use_integers_for_enums=True) == {"color": 1, "child": {"color": 1},
                                                      "names": {"a": 1}}


def test_classes_of_the_same_name_get_code_of_their_own() -> None:
    from typing import Any

    from flyte_lite.message import Message, message
    from flyte_lite.wire import INT32, STRING, field, msg

    def inner(full_name: str, kind: Any) -> Any:
        @message(full_name)
        class Inner(Message):
            value: Any = field(1, kind)

        return Inner

    first = inner("flyte_lite_test.codegen.A.Inner", INT32)
    second = inner("flyte_lite_test.codegen.B.Inner", STRING)

    @message("flyte_lite_test.codegen.Both")
    class Both(Message):
        a: Any = field(1, msg("flyte_lite_test.codegen.A.Inner"))
        b: Any = field(2, msg("flyte_lite_test.codegen.B.Inner"))

    both = Both(a=first(value=7), b=second(value="x"))
    assert Both.from_bytes(both.to_bytes()) == both
    assert Both.from_json(both.to_json()) == both
    assert both.to_dict() == {"a": {"value": 7}, "b": {"value": "x"}}
