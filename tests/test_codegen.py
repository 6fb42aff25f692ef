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
    on_disk = {p for pattern in ("_*_codec.py", "_*_json.py") for p in ROOT.rglob(pattern)}
    assert on_disk == set(expected), "generated modules without a source module"


def test_generated_modules_read_as_source() -> None:
    text = (ROOT / "models" / "core" / "_tasks_codec.py").read_text()
    assert "def decode_TaskTemplate(buf, pos, end, depth, base, spans=None):" in text
    assert "def encode_TaskTemplate(m, out, deterministic):" in text
    assert "from flyte_lite.models.core._literals_codec import (" in text
    json_text = (ROOT / "models" / "core" / "_tasks_json.py").read_text()
    for name in ("dump", "dump_text", "load", "load_python"):
        assert f"def {name}_TaskTemplate(" in json_text


SHIPPED_ONLY = """
from flyte_lite.models import message_classes
from flyte_lite.protojson import generator
from flyte_lite.wire import codegen

def refuse(cls, variant):
    raise AssertionError(f"generated {variant} of {cls.__name__} at run time")

codegen.CODEC.make_unit = generator.JSON.make_unit = refuse
for cls in message_classes().values():
    m = cls.from_bytes(cls().to_bytes())
    m.to_bytes(deterministic=True)
    cls.from_json(m.to_json())
    cls.from_dict(m.to_dict())
"""


def test_shipped_classes_use_the_generated_modules() -> None:
    subprocess.run([sys.executable, "-c", SHIPPED_ONLY], check=True)
