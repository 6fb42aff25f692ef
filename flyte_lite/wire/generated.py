"""Generated code: how a generator's per-class pieces become modules, and where the
functions of a class are found.

A code generator (the codec's, the JSON mapping's) writes each class's code as a
:class:`Unit`: top-level functions and constants under short local names (``decode``,
``TEMPLATE``, ``dec_inputs``) and what each name stands for. :func:`module_text` places
units in one module, every local name given a global one (``decode_TaskTemplate``,
``TEMPLATE_TaskTemplate``, a child's function by its own global name). The same text is
written ahead of time beside each model module (``python -m flyte_lite.codegen``), and
run at first use for message classes that have no such module.

:class:`Functions` finds a class's function: in the generated module beside the class's
module (``flyte_lite/models/core/_tasks_codec.py`` for ``tasks.py``), which lists its
functions in ``FUNCTIONS``, or else by generating the units needed and running them.
"""

from __future__ import annotations

import builtins
import enum
import importlib
import threading
from collections.abc import Mapping
from typing import Any, Callable, Iterable, NamedTuple, Optional

import attrs

from flyte_lite.wire.fields import EnumKind, FieldSpec, MapKind

Lines = list[str]

#: A function of a class: (the class's full protobuf name, which function: ``"decode"``).
Key = tuple[str, str]


def indent(lines: Lines, n: int = 1) -> Lines:
    """``lines`` indented by ``n`` levels of four spaces."""
    pad = "    " * n
    return [pad + line for line in lines]


def dict_setter(cls: type) -> Callable[[Any, dict[str, Any]], None]:
    """What sets an instance's ``__dict__`` whole, past a frozen class's ``__setattr__``:
    one call fills a new message."""
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get("__dict__")
        if descriptor is not None:
            setter: Callable[[Any, dict[str, Any]], None] = descriptor.__set__
            return setter
    raise TypeError(f"{cls.__name__} instances have no __dict__ (declare it with slots=False)")


def default_source(spec: FieldSpec, bindings: dict[str, Any]) -> str:
    """Source for a field's value when none was read: proto3's zero, the shared empty
    (read-only) list or dict, or ``None`` for a field with presence (an enum's zero
    member is bound in ``bindings`` as ``D_<name>``)."""
    if isinstance(spec.kind, MapKind):
        return "EMPTY_DICT"
    if spec.repeated:
        return "EMPTY_LIST"
    if spec.presence:
        return "None"
    if isinstance(spec.kind, EnumKind):
        bindings["D_" + spec.name] = spec.kind.default
        return "D_" + spec.name
    return repr(spec.default)


# ---------------------------------------------------------------------------------------
# units and modules


class Link(NamedTuple):
    """A name that stands for another class's generated function."""

    cls: type
    part: str


@attrs.frozen
class Unit:
    """One class's generated code.

    ``text`` holds top-level ``def`` statements and assignments under local names.
    A name it uses is a helper of the runtime module, or one of: a name the text
    defines; ``values`` (data, message classes, enum types); ``links`` (another
    class's function); ``computed`` (set from an expression once every function of the
    module exists, e.g. the message read from no bytes). ``parts`` names the functions
    the unit offers: part (``"decode"``) -> local name. ``variant`` names the unit among
    the units of its class (``"codec"``, ``"dump_text"``)."""

    cls: type
    variant: str
    text: str
    parts: Mapping[str, str]
    values: Mapping[str, Any] = attrs.field(factory=dict)
    links: Mapping[str, Link] = attrs.field(factory=dict)
    computed: Mapping[str, str] = attrs.field(factory=dict)


def global_name(cls: type, local: str, suffix: Optional[str] = None) -> str:
    """The module-level name of a unit's local name: ``decode`` of ``TaskTemplate`` is
    ``decode_TaskTemplate`` (``suffix`` tells apart classes of the same name)."""
    return f"{local}_{suffix or cls.__name__}"


class Ref(NamedTuple):
    """Something a module imports: ``from module import name``."""

    module: str
    name: str
    value: Any


def _ref_of(obj: Any) -> tuple[Ref, str]:
    """How a module imports a class or enum type, and the rest of the path to it: a
    nested one by its outer class (``AllKinds``, ``.Color``). A class no import reaches
    (one defined in a function) is referred to by itself: code for it is only run."""
    top, _, rest = obj.__qualname__.partition(".")
    found: Any = importlib.import_module(obj.__module__)
    for name in obj.__qualname__.split("."):
        found = getattr(found, name, None)
    if found is not obj:
        return Ref("", obj.__name__, obj), ""
    return Ref(obj.__module__, top, getattr(importlib.import_module(obj.__module__), top)), (
        "." + rest if rest else "")


def _source_of(value: Any, refer: Callable[[Any], str]) -> str:
    """Python source for a value a unit binds: data written out, classes and enum
    members by the name ``refer`` gives their class."""
    if isinstance(value, enum.IntEnum):
        return f"{refer(type(value))}({int(value)!r})"
    if isinstance(value, type):
        return refer(value)
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(_source_of(v, refer) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        items = ", ".join(f"{_source_of(k, refer)}: {_source_of(v, refer)}"
                          for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"cannot write a {type(value).__name__} as source")


def _top_names(text: str) -> list[str]:
    """The names a unit's text defines at its top level."""
    import ast
    names: list[str] = []
    for node in ast.parse(text).body:
        if isinstance(node, ast.FunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        else:
            raise ValueError(f"a unit's top level holds a {type(node).__name__}")
    return names


def _rename(text: str, names: Mapping[str, str]) -> str:
    """``text`` with each name in ``names`` replaced (not attributes, not in strings)."""
    import io
    import tokenize
    lines = text.splitlines(True)
    edits: list[tuple[int, int, int, str]] = []
    previous = ""
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.NAME and tok.string in names and previous != ".":
            edits.append((tok.start[0] - 1, tok.start[1], tok.end[1], names[tok.string]))
        if tok.type not in (tokenize.NL, tokenize.COMMENT):
            previous = tok.string
    for row, start, end, new in reversed(edits):
        line = lines[row]
        lines[row] = line[:start] + new + line[end:]
    return "".join(lines)


def imported_on_first_call(module: str, name: str, namespace: dict[str, Any],
                           alias: str) -> Callable[..., Any]:
    """A stand-in for function ``name`` of ``module``: its first call imports the module
    and puts the function in its place (``namespace[alias]``), so a generated module
    loads the modules it links to only when data needs them."""

    def first_call(*args: Any) -> Any:
        function: Callable[..., Any] = getattr(importlib.import_module(module), name)
        namespace[alias] = function
        return function(*args)

    first_call.__name__ = first_call.__qualname__ = alias
    return first_call


class ModuleText(NamedTuple):
    """A module's text (without its imports) and what it imports, by global name: a
    reference with no value is a generated function, loaded on first call."""

    body: str
    imports: dict[str, Ref]

    def source(self, docstring: str) -> str:
        """The whole module: docstring, imports, body."""
        by_module: dict[str, list[str]] = {}
        later: Lines = []
        for alias, ref in sorted(self.imports.items()):
            if ref.value is None:
                later.append(f"{alias} = imported_on_first_call({ref.module!r}, {ref.name!r}, "
                             f"globals(), {alias!r})")
            else:
                by_module.setdefault(ref.module, []).append(
                    ref.name if alias == ref.name else f"{ref.name} as {alias}")
        if later:
            by_module.setdefault(__name__, []).append("imported_on_first_call")
        lines = [f'"""{docstring}"""', "", "# mypy: ignore-errors", "# ruff: noqa", ""]
        for module in sorted(by_module):
            names = by_module[module]
            lines += [f"from {module} import (", *(f"    {n}," for n in names), ")"]
        if later:
            lines += ["", "# functions of other generated modules: each loads its module when "
                      "first called", *later]
        return "\n".join(lines) + "\n\n" + self.body

    def namespace(self) -> dict[str, Any]:
        """The globals the body runs with when it is not imported: its imports bound."""
        return {"__builtins__": builtins, **{a: r.value for a, r in self.imports.items()}}


def module_text(units: Iterable[Unit], helpers: Mapping[str, Any], helper_module: str,
                where: Callable[[Link], Optional[Ref]]) -> ModuleText:
    """Place ``units`` in one module.

    ``helpers`` are the runtime module's names (imported as they are); ``where`` says
    which module offers a linked function that no unit here defines (``None`` when
    nothing does)."""
    import io
    import re
    import tokenize
    units = list(units)
    suffixes: dict[type, str] = {}  # each class's name, numbered if another has it too
    for unit in units:
        if unit.cls not in suffixes:
            taken = sum(1 for c in suffixes if c.__name__ == unit.cls.__name__)
            suffixes[unit.cls] = unit.cls.__name__ + (f"_{taken + 1}" if taken else "")
    here = {(u.cls, part): global_name(u.cls, part, suffixes[u.cls])
            for u in units for part in u.parts}
    imports: dict[str, Ref] = {}

    def refer(obj: Any) -> str:
        ref, rest = _ref_of(obj)
        alias = ref.name
        while alias in imports and imports[alias].value is not ref.value:
            alias += "_"
        imports[alias] = ref
        return alias + rest

    body: Lines = []
    late: Lines = []
    defined: dict[str, str] = {}  # global name -> its source, to tell units' names apart

    def define(unit: Unit, local: str, source: str) -> tuple[str, bool]:
        """The global name for ``local`` and whether it is new (not the same definition
        as an earlier unit's)."""
        name = global_name(unit.cls, local, suffixes[unit.cls])
        if defined.get(name, source) != source:
            name = global_name(unit.cls, f"{local}_{unit.variant}", suffixes[unit.cls])
        new = name not in defined
        defined[name] = source
        return name, new

    for unit in units:
        names: dict[str, str] = {}
        constants: Lines = []
        own = {local: part for part, local in unit.parts.items()}
        for local in _top_names(unit.text):
            names[local] = (global_name(unit.cls, own[local], suffixes[unit.cls])
                            if local in own else define(unit, local, unit.text)[0])
        for local, value in unit.values.items():
            if isinstance(value, type) and not issubclass(value, enum.Enum):
                names[local] = refer(value)  # a message class: by its own name
            else:
                source = _source_of(value, refer)
                names[local], new = define(unit, local, source)
                if new:
                    constants.append(f"{names[local]} = {source}")
        for local, link in unit.links.items():
            name = here.get((link.cls, link.part))
            if name is None:
                ref = where(link)
                if ref is None:
                    raise LookupError(f"no code offers {link.part} of {link.cls.__name__}")
                name = ref.name
                while name in imports and imports[name].value is not ref.value:
                    name += "_"  # (run-time code: another class of the same name)
                imports[name] = ref
            names[local] = name
        fresh = []
        for local, expr in unit.computed.items():
            if local in names:  # (set in the text too, to its value before the module is done)
                fresh.append(local)
            else:
                names[local], new = define(unit, local, expr)
                if new:
                    fresh.append(local)
        code = "\n".join([unit.text, *unit.computed.values()])
        used = {tok.string for tok in tokenize.generate_tokens(io.StringIO(code).readline)
                if tok.type == tokenize.NAME}
        for name in sorted(used & helpers.keys()):
            imports.setdefault(name, Ref(helper_module, name, helpers[name]))
        title = f"# {unit.cls.full_name}: {unit.variant} "  # type: ignore[attr-defined]
        body += ["", "", title + "-" * max(3, 88 - len(title)), *constants,
                 "", _rename(unit.text, names).rstrip("\n")]
        late += [f"{names[local]} = {_rename(unit.computed[local], names)}" for local in fresh]
    listing = [f"    ({_source_of(cls.full_name, refer)}, {part!r}): {name},"  # type: ignore[attr-defined]
               for (cls, part), name in here.items()]
    body += ["", "", "# once every function above exists", *late, "",
             "#: every function of this module: (full protobuf name, part) -> function",
             "FUNCTIONS = {", *listing, "}"]
    text = re.sub(r"\n+(?=def )", "\n\n\n", "\n".join(body).lstrip("\n"))  # PEP 8 spacing
    return ModuleText(text + "\n", imports)


def codec_module_name(module: str, suffix: str) -> str:
    """The generated module beside ``module``: ``a.b.tasks`` -> ``a.b._tasks_codec``."""
    package, _, name = module.rpartition(".")
    return f"{package}._{name}_{suffix}" if package else f"_{name}_{suffix}"


class Functions:
    """The generated functions of one kind: from the modules written ahead of time
    beside each model module (their name ends in ``_<suffix>``), or generated at first
    use for classes that have none.

    ``make_unit(cls, variant)`` writes the unit that offers a part; ``variant(part)``
    names the unit a part is in (one unit may offer several parts); ``fixed`` holds
    functions written by hand, by key."""

    def __init__(self, suffix: str, helpers: Mapping[str, Any], helper_module: str,
                 make_unit: Callable[[type, str], Unit], variant: Callable[[str], str],
                 fixed: Callable[[Key], Optional[Ref]]) -> None:
        self.suffix = suffix
        self.helpers = helpers
        self.helper_module = helper_module
        self.make_unit = make_unit
        self.variant = variant
        self.fixed = fixed
        self._ready: dict[Key, Callable[..., Any]] = {}
        self._modules: dict[str, Optional[dict[Key, Callable[..., Any]]]] = {}
        self._lock = threading.RLock()

    def get(self, cls: type, part: str) -> Callable[..., Any]:
        """Function ``part`` of ``cls``."""
        found = self._ready.get((cls.full_name, part))  # type: ignore[attr-defined]
        return found if found is not None else self._find(cls, part)

    def _find(self, cls: type, part: str) -> Callable[..., Any]:
        with self._lock:
            key: Key = (cls.full_name, part)  # type: ignore[attr-defined]
            if key not in self._ready:
                ref = self._ahead(Link(cls, part))
                if ref is not None:
                    self._ready[key] = ref.value
                else:
                    self._generate(cls, part)
            return self._ready[key]

    def _written(self, cls: type) -> Optional[dict[Key, Callable[..., Any]]]:
        """The functions of the module written ahead of time for ``cls``'s module."""
        name = codec_module_name(cls.__module__, self.suffix)
        if name not in self._modules:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name is None or not name.startswith(exc.name):
                    raise
                self._modules[name] = None
            else:
                self._modules[name] = module.FUNCTIONS
        return self._modules[name]

    def planned(self, link: Link) -> Ref:
        """Where ``python -m flyte_lite.codegen`` puts ``link``'s function: one written by
        hand, or the module generated beside its class's module (not imported here)."""
        fixed = self.fixed((link.cls.full_name, link.part))  # type: ignore[attr-defined]
        if fixed is not None:
            return fixed
        return Ref(codec_module_name(link.cls.__module__, self.suffix),
                   global_name(link.cls, link.part), None)

    def _ahead(self, link: Link) -> Optional[Ref]:
        """Where a function written ahead of time (generated or by hand) is, if it is."""
        ref = self.planned(link)
        if ref.value is not None:  # written by hand
            return ref
        key: Key = (link.cls.full_name, link.part)  # type: ignore[attr-defined]
        written = self._written(link.cls)
        function = written.get(key) if written else None
        return None if function is None else ref._replace(value=function)

    def _generate(self, cls: type, part: str) -> None:
        """Generate and run the units for ``part`` of ``cls`` and every linked function
        that is not found elsewhere."""
        units: dict[tuple[type, str], Unit] = {}
        todo = [Link(cls, part)]
        while todo:
            link = todo.pop()
            variant = self.variant(link.part)
            if (link.cls, variant) in units:
                continue
            unit = units[link.cls, variant] = self.make_unit(link.cls, variant)
            for child in unit.links.values():
                key = (child.cls.full_name, child.part)  # type: ignore[attr-defined]
                if key not in self._ready and self._ahead(child) is None:
                    todo.append(child)

        def where(link: Link) -> Optional[Ref]:
            key: Key = (link.cls.full_name, link.part)  # type: ignore[attr-defined]
            ready = self._ready.get(key)
            if ready is not None:
                return Ref("", f"{link.part}_{link.cls.__name__}", ready)
            return self._ahead(link)

        import linecache

        text = module_text(units.values(), self.helpers, self.helper_module, where)
        namespace = text.namespace()
        filename = f"<flyte_lite {self.suffix} {part} {cls.__module__}.{cls.__qualname__}>"
        linecache.cache[filename] = (len(text.body), None, text.body.splitlines(True), filename)
        exec(compile(text.body, filename, "exec"), namespace)
        self._ready.update(namespace["FUNCTIONS"])
