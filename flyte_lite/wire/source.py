"""Helpers for code generated at run time (the codec's and the JSON mapping's)."""

from __future__ import annotations

import builtins
import importlib
import linecache
from types import FunctionType
from typing import Any, Callable, Iterable

try:  # CPython's own SHA-1: hashlib would load OpenSSL, about 3 MiB of memory
    from _sha1 import sha1  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover
    from hashlib import sha1

from flyte_lite.wire.fields import EnumKind, FieldSpec, MapKind
from flyte_lite.wire.fields import plain_of as plain_of  # moved to fields; kept for codegen
from flyte_lite.wire.frozen import EMPTY_DICT, EMPTY_LIST

Lines = list[str]


def indent(lines: Lines, n: int = 1) -> Lines:
    """``lines`` indented by ``n`` levels of four spaces."""
    pad = "    " * n
    return [pad + line for line in lines]


def compile_into(source: str, namespace: dict[str, Any], filename: str) -> None:
    """Run ``source`` in ``namespace``, registering it so tracebacks show its lines.

    Source found in a module named to :func:`add_precompiled` runs from that module's
    bytecode (cached by Python like any module's) instead of being compiled here."""
    namespace.setdefault("__builtins__", builtins)
    body = _precompiled(source)
    if body is not None:
        FunctionType(body.__code__, namespace)()
        return
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)


# Precompiled source: a package written by precompiled_modules() holds, for each source
# text, a module named after the text's digest with one function whose body is that
# text, its top-level names declared global. Running the function's code with a
# namespace as its globals does what exec(compile(text), namespace) does. A text that
# changed has another digest, so a stale package is never used, only missed.

_PRECOMPILED_PACKAGES: list[str] = []


def add_precompiled(package: str) -> None:
    """Let :func:`compile_into` take code from ``package`` when it has it."""
    _PRECOMPILED_PACKAGES.append(package)


def _digest(source: str) -> str:
    digest: str = sha1(source.encode()).hexdigest()
    return digest


def _precompiled(source: str) -> Any:
    if not _PRECOMPILED_PACKAGES:
        return None
    name = "c" + _digest(source)
    for package in _PRECOMPILED_PACKAGES:
        try:
            module = importlib.import_module(f"{package}.{name}")
        except ModuleNotFoundError:
            continue
        return module.run
    return None


def precompiled_modules(sources: Iterable[str]) -> dict[str, str]:
    """The modules (file name -> text) of a package that holds ``sources`` for
    :func:`compile_into`."""
    import ast

    modules: dict[str, str] = {}
    for source in sources:
        names: list[str] = []
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef):
                names.append(node.name)
            elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name)
                                                      for t in node.targets):
                names += [t.id for t in node.targets]  # type: ignore[attr-defined]
            else:
                raise ValueError(f"cannot precompile a top-level {type(node).__name__}")
        lines = ["# mypy: ignore-errors", "# ruff: noqa", "def run():",
                 f"    global {', '.join(names)}", *indent(source.rstrip("\n").splitlines())]
        modules[f"c{_digest(source)}.py"] = "\n".join(lines) + "\n"
    return modules


def dict_setter(cls: type) -> Callable[[Any, dict[str, Any]], None]:
    """What sets an instance's ``__dict__`` whole, past a frozen class's ``__setattr__``:
    one call fills a new message."""
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get("__dict__")
        if descriptor is not None:
            setter: Callable[[Any, dict[str, Any]], None] = descriptor.__set__
            return setter
    raise TypeError(f"{cls.__name__} instances have no __dict__ (declare it with slots=False)")


def default_source(spec: FieldSpec, namespace: dict[str, Any]) -> str:
    """Source for a field's value when none was read: proto3's zero, the shared empty
    (read-only) list or dict, or ``None`` for a field with presence (an enum's zero
    member is bound in ``namespace`` as ``D_<name>``)."""
    if isinstance(spec.kind, MapKind):
        namespace["EMPTY_DICT"] = EMPTY_DICT
        return "EMPTY_DICT"
    if spec.repeated:
        namespace["EMPTY_LIST"] = EMPTY_LIST
        return "EMPTY_LIST"
    if spec.presence:
        return "None"
    if isinstance(spec.kind, EnumKind):
        namespace["D_" + spec.name] = spec.kind.default
        return "D_" + spec.name
    return repr(spec.kind.default)
