"""The FlyteAdmin client imports only the layers below remote/ and itself (that nothing
below imports it is tests/test_layers.py's table); using it loads no protobuf, flyteidl
or flytekit."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import flyte_lite

PACKAGE = Path(flyte_lite.__file__).parent
#: What each part may import from flyte_lite (besides itself).
ALLOWED = {
    "remote/admin": ("flyte_lite.wire", "flyte_lite.message", "flyte_lite.models",
                     "flyte_lite.remote.admin", "flyte_lite._version", "flyte_lite.__init__"),
}


def flyte_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "flyte_lite":
                found.add("flyte_lite.__init__")
            elif node.module.startswith("flyte_lite."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("flyte_lite")}
    return found


def test_the_admin_client_imports_only_downward() -> None:
    for path in (PACKAGE / "remote" / "admin").glob("*.py"):
        for module in flyte_imports(path):
            assert module.startswith(ALLOWED["remote/admin"]), (path.name, module)


def test_fetching_loads_no_protobuf() -> None:
    code = (
        "import sys\n"
        "from flyte_lite.remote import Remote\n"
        "from flyte_lite.remote.admin import Config\n"
        "r = Remote(Config.for_endpoint('127.0.0.1:9', insecure=True))\n"
        "import flyte_lite.cli.get, flyte_lite.cli.register\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('google', 'flyteidl', 'flytekit', 'yaml'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
