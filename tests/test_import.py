"""Importing and using flyte_lite never loads protobuf, flyteidl or flytekit."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import TASK_FIXTURES


def test_no_protobuf_runtime() -> None:
    code = (
        "import sys, flyte_lite\n"
        "from flyte_lite.models.admin.task import TaskSpec\n"
        f"data = open({str(TASK_FIXTURES[0])!r}, 'rb').read()\n"
        "assert TaskSpec.from_bytes(data).to_bytes() == data\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('google', 'flyteidl', 'flytekit'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
