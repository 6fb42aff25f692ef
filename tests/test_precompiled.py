"""The precompiled codec (``flyte_lite/_precompiled/``) is current and is what runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import flyte_lite
from flyte_lite._precompile import PACKAGE, package_files
from flyte_lite.models import message_classes
from flyte_lite.wire.codegen import decoder_for, encoder_for

STALE = "flyte_lite/_precompiled is stale: run `python -m flyte_lite._precompile`"


def test_package_holds_exactly_the_generated_code() -> None:
    expected = package_files()
    on_disk = {p.name: p.read_text() for p in PACKAGE.glob("*.py")}
    assert sorted(on_disk) == sorted(expected), STALE
    for name, text in expected.items():
        assert on_disk[name] == text, f"{STALE} ({name} differs)"


def test_every_model_class_runs_precompiled_code() -> None:
    for cls in message_classes().values():
        for function in (decoder_for(cls), encoder_for(cls)):
            path = Path(function.__code__.co_filename)
            assert path.parent == PACKAGE, f"{cls.__name__}: {function.__name__} was compiled"


def test_a_fresh_process_decodes_without_compiling() -> None:
    data = Path(__file__).parent / "fixtures" / "tasks" / "realistic.pb"
    code = (
        "import builtins\n"
        "from flyte_lite.remote import FlyteTask\n"
        "original = builtins.compile\n"
        "def no_codegen(source, filename, *args, **kwargs):\n"
        "    # (the import system compiling a module whose bytecode is not cached is fine)\n"
        "    assert not str(filename).startswith('<flyte_lite'), filename\n"
        "    return original(source, filename, *args, **kwargs)\n"
        "builtins.compile = no_codegen\n"
        f"task = FlyteTask.from_bytes(open({str(data)!r}, 'rb').read())\n"
        "assert task.serialize_to_string() == open("
        f"{str(data)!r}, 'rb').read()\n"
        "print(task.name)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(flyte_lite.__file__).parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
