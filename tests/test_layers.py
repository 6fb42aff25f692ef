"""The package's layers: no module imports one from a layer above its own, and no two
modules import each other, directly or around a loop (issue 13, item 2).

Imports are read from the source with ``ast``: module level, inside functions (lazy
imports) and under ``TYPE_CHECKING`` alike.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import flyte_lite

#: The layers, lowest first: a module may import modules of its own layer and below.
#: A module belongs to the layer of the longest prefix here that names it.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("version, lazy exports", ("flyte_lite._version", "flyte_lite._lazy")),
    ("wire: bytes and field declarations", ("flyte_lite.wire",)),
    ("protojson: protobuf's JSON mapping", ("flyte_lite.protojson", "flyte_lite.json_format")),
    ("message: the Message base, bytes and JSON", ("flyte_lite.message",)),
    ("models: Flyte's messages, the well-known types, their generated code",
     ("flyte_lite.models", "flyte_lite.wkt", "flyte_lite._wkt_codec", "flyte_lite._wkt_dump",
      "flyte_lite._wkt_load")),
    ("package: pyflyte packages and folders, their links", ("flyte_lite.package",)),
    ("views: over messages: plain data through cattrs, diff, pretty printing, tree walks",
     ("flyte_lite.views", "flyte_lite.converter")),
    ("remote: entities, FlyteAdmin", ("flyte_lite.remote",)),
    ("cli: the command line, tools, the package's front door",
     ("flyte_lite.cli", "flyte_lite.__main__", "flyte_lite.codegen", "flyte_lite")),
]

ROOT = Path(flyte_lite.__file__).parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = ("flyte_lite", *path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _layer(module: str) -> int:
    best, layer = -1, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, layer = len(prefix), index
    assert layer >= 0, f"{module} is in no layer of LAYERS"
    return layer


#: What holds statements: statements, ``except`` clauses, ``case`` clauses (Python 3.10+).
_BLOCKS = tuple(getattr(ast, n) for n in ("stmt", "excepthandler", "match_case") if hasattr(ast, n))


def _import_statements(tree: ast.Module) -> Iterator[tuple[ast.stmt, bool]]:
    """Every import statement of ``tree`` (module level, in functions, classes and any
    other block), each with whether it is under ``if TYPE_CHECKING:``. Only statements
    are walked: an import is never inside an expression."""
    stack: list[tuple[ast.AST, bool]] = [(stmt, False) for stmt in tree.body]
    while stack:
        node, type_only = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, type_only
            continue
        guarded = isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            for child in getattr(node, field, ()):
                if isinstance(child, _BLOCKS):
                    stack.append((child, type_only or (guarded and field == "body")))


def _imports(module: str, path: Path) -> tuple[set[str], set[str]]:
    """The flyte_lite modules that ``module`` imports anywhere in its source: all of
    them (for type checkers too), and those imported at run time."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    every: set[str] = set()
    run_time: set[str] = set()
    for node, type_only in _import_statements(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            assert isinstance(node, ast.ImportFrom)
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            # ``from pkg import mod`` imports the module pkg.mod
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                     for a in node.names]
        for name in names:
            while name and name not in MODULES:  # an attribute of a module: the module
                name = name.rpartition(".")[0]
            if name.startswith("flyte_lite") and name != module:
                every.add(name)
                if not type_only:
                    run_time.add(name)
    return every, run_time


#: every import, for the layers; the run-time ones, for cycles
_BOTH = {module: _imports(module, path) for module, path in MODULES.items()}
GRAPH = {module: every for module, (every, _) in _BOTH.items()}
RUN_TIME = {module: run_time for module, (_, run_time) in _BOTH.items()}


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        _layer(module)


def test_no_module_imports_one_above_it() -> None:
    wrong = [f"{m} ({LAYERS[_layer(m)][0].split(':')[0]}) imports {i} "
             f"({LAYERS[_layer(i)][0].split(':')[0]})"
             for m, imported in sorted(GRAPH.items()) for i in sorted(imported)
             if _layer(i) > _layer(m)]
    assert not wrong, "\n".join(wrong)


def _cycles(graph: dict[str, set[str]] = RUN_TIME) -> list[list[str]]:
    """The strongly connected components of the run-time graph that have a loop in
    them (Tarjan's algorithm, iterative over modules, recursive over imports)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return out


def test_no_import_cycle() -> None:
    cycles = [" <-> ".join(c) for c in _cycles()]
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_a_cycle_is_found() -> None:
    # the test above would pass if _cycles found nothing: check it on a small graph
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e", "d"}}
    assert _cycles(graph) == [["a", "b", "c"]]


#: Rules written once (issue 13): each constant is assigned in its home module only. No
#: other module may assign, at module level, a constant whose name ends with one of the
#: names given, or (for values of 500 and more) the same value.
ONCE = {
    "flyte_lite.wire.primitives": ("MAX_DEPTH",),  # protobuf's recursion limit: bytes, JSON
    "flyte_lite.protojson.wkt": ("DURATION_MAX_SECONDS", "TIMESTAMP_MIN_SECONDS",
                                 "TIMESTAMP_MAX_SECONDS"),
    "flyte_lite.package.tarstream": ("BLOCK",),  # a tar block: its first one tells an archive
}


def _constants(path: Path) -> Iterator[tuple[str, object]]:
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                try:
                    yield target.id, ast.literal_eval(value)
                except ValueError:
                    yield target.id, None  # not a literal: an expression, a call


def _generated(module: str) -> bool:
    """Whether ``module`` is one ``python -m flyte_lite.codegen`` writes."""
    from flyte_lite.codegen import KINDS

    name = module.rpartition(".")[2]
    return name.startswith("_") and name.endswith(tuple("_" + kind for kind in KINDS))


def test_rules_are_written_once() -> None:
    values = {}
    for home, names in ONCE.items():
        found = dict(_constants(MODULES[home]))
        for name in names:
            assert name in found, f"{home} does not define {name}"
            if isinstance(found[name], int) and found[name] >= 500:
                values[found[name]] = f"{home}.{name}"
    again = []
    for module, path in MODULES.items():
        if ".models." in module or _generated(module):
            continue
        for name, value in _constants(path):
            for home, names in ONCE.items():
                if module != home and any(name.endswith(n) for n in names):
                    again.append(f"{module}.{name} (it is {home}.{names[0]})")
            if isinstance(value, int) and value in values and not values[value].startswith(
                module + "."
            ):
                again.append(f"{module}.{name} = {value} (it is {values[value]})")
    assert not again, "written twice:\n" + "\n".join(again)


def test_the_graph_is_read() -> None:
    # the test above would pass on an empty graph: check it sees known imports
    assert "flyte_lite.wire.message" in GRAPH["flyte_lite.message"]
    assert "flyte_lite.protojson" in RUN_TIME["flyte_lite.message"]  # a lazy import
    assert "flyte_lite.wire.message" in GRAPH["flyte_lite.wire.registry"]  # type only
    assert "flyte_lite.wire.message" not in RUN_TIME["flyte_lite.wire.registry"]
    assert "flyte_lite.message" in GRAPH["flyte_lite.models.core.tasks"]
