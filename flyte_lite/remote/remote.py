"""``Remote``: fetch, list and register Flyte entities on a FlyteAdmin, over HTTP.

flytekit's ``FlyteRemote`` for what flyte_lite models (tasks, for now), without gRPC or
protobuf: FlyteAdmin's HTTP gateway with binary protobuf bodies, on one kept-alive
connection (see :mod:`flyte_lite.remote.admin`).

>>> remote = Remote.auto(default_project="flytesnacks", default_domain="development")
>>> task = remote.fetch_task(name="my.module.t1")           # the latest version
>>> remote.register("package.tgz", version="v2")           # a pyflyte package of tasks
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any, Callable, NamedTuple, Optional, Union

import attrs

from flyte_lite.message import Message
from flyte_lite.models.admin.common import (
    NamedEntityIdentifier,
    NamedEntityIdentifierListRequest,
    ObjectGetRequest,
    ResourceListRequest,
    Sort,
)
from flyte_lite.models.admin.project import Project, ProjectListRequest
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.remote.admin.auth import Flow, TokenCache
from flyte_lite.remote.admin.client import AdminClient
from flyte_lite.remote.admin.config import Config
from flyte_lite.remote.admin.errors import (
    AlreadyExists,
    InvalidArgument,
    NotFound,
    RegistrationError,
)
from flyte_lite.remote.admin.transport import DEFAULT_RETRY, DEFAULT_TIMEOUT, Retry, Timeout
from flyte_lite.remote.kinds import KINDS, TASK, EntityKind
from flyte_lite.remote.package import read_package
from flyte_lite.remote.task import FlyteTask
from flyte_lite.wire import specs_of

__all__ = ["Registered", "Remote", "first_difference"]

#: flytekit's placeholders for identifier parts filled in at registration.
PLACEHOLDERS = {
    "project": "{{ registration.project }}",
    "domain": "{{ registration.domain }}",
    "version": "{{ registration.version }}",
}
PAGE_SIZE = 100
SortBy = Union[str, Sort, None]


class Registered(NamedTuple):
    """One entity registered: its kind, full identifier, and whether it was ``created``
    or ``existed`` already with the same content."""

    kind: str
    id: Identifier
    outcome: str


class Remote:
    """A FlyteAdmin. ``config`` says where and how to sign in (default: ``Config.auto()``,
    flytekit's environment variables and config files); ``default_project`` and
    ``default_domain`` fill in what calls leave out. Use as a context manager, or
    ``close()``. Not thread-safe: one per thread.
    """

    def __init__(
        self, config: Optional[Config] = None, *, default_project: Optional[str] = None,
        default_domain: Optional[str] = None, timeout: Timeout = DEFAULT_TIMEOUT,
        retry: Retry = DEFAULT_RETRY, flow: Optional[Flow] = None,
        token_cache: Optional[TokenCache] = None, **flow_options: Any,
    ) -> None:
        self.config = config if config is not None else Config.auto()
        self.default_project = default_project
        self.default_domain = default_domain
        self.client = AdminClient(self.config, timeout=timeout, retry=retry, flow=flow,
                                  token_cache=token_cache, **flow_options)

    @classmethod
    def auto(cls, config_file: Optional[str] = None, **options: Any) -> Remote:
        """A remote configured as flytekit would be (environment, then config file)."""
        return cls(Config.auto(config_file), **options)

    @classmethod
    def for_endpoint(cls, endpoint: str, *, insecure: bool = False,
                     token: Optional[str] = None, **options: Any) -> Remote:
        """A remote for ``endpoint`` (``host:port`` or a URL), signing in with a static
        bearer ``token`` if one is given."""
        settings: dict[str, Any] = {"token": token, "auth_type": "Token"} if token else {}
        return cls(Config.for_endpoint(endpoint, insecure=insecure, **settings), **options)

    def __enter__(self) -> Remote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # --- tasks ---------------------------------------------------------------------------

    def fetch_task(self, project: Optional[str] = None, domain: Optional[str] = None,
                   name: Optional[str] = None, version: Optional[str] = None) -> FlyteTask:
        """The task ``name`` at ``version``; with no version, the latest registered."""
        return self._fetch(TASK, project, domain, name, version)  # type: ignore[no-any-return]

    def list_tasks(
        self, project: Optional[str] = None, domain: Optional[str] = None,
        name: Optional[str] = None, *, filters: Union[str, Iterable[str], None] = None,
        sort_by: SortBy = None, limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[FlyteTask]:
        """Tasks (every version of ``name``, or of every task), page after page.

        ``filters`` are FlyteAdmin's (``"eq(version,v1)"``; several are and-ed);
        ``sort_by`` a key (descending) or a :class:`Sort`; ``limit`` stops after that many.
        """
        return self._list(TASK, project, domain, name, filters, sort_by, limit, page_size)

    def list_task_names(
        self, project: Optional[str] = None, domain: Optional[str] = None, *,
        filters: Union[str, Iterable[str], None] = None, sort_by: SortBy = None,
        limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[str]:
        """The names of the tasks in a project and domain."""
        return self._names(TASK, project, domain, filters, sort_by, limit, page_size)

    # --- projects --------------------------------------------------------------------------

    def list_projects(
        self, *, filters: Union[str, Iterable[str], None] = None, sort_by: SortBy = None,
        limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[Project]:
        """The projects (``flyteidl.admin.Project`` messages)."""
        request = ProjectListRequest(limit=_page(page_size, limit), filters=_filters(filters),
                                     sort_by=_sort(sort_by))
        return _limited(self.client.pages("ListProjects", request, "projects"), limit)

    # --- registering ------------------------------------------------------------------------

    def register(
        self, entities: Union[str, os.PathLike[str], FlyteTask, Iterable[FlyteTask]],
        project: Optional[str] = None, domain: Optional[str] = None,
        version: Optional[str] = None, *,
        progress: Optional[Callable[[Registered], None]] = None,
    ) -> list[Registered]:
        """Register a package (a ``pyflyte package`` archive or ``pyflyte serialize``
        folder) or tasks, under ``project``/``domain`` at ``version``.

        Identifier parts left empty (or flytekit's ``{{ registration.* }}``
        placeholders) are set to these; a part set to something else is an error. Tasks go
        first, in package order. An entity that exists with the same content counts as
        registered; with different content it is a :class:`RegistrationError` naming the
        entity and the first field that differs. Everything is checked before anything is
        sent. ``progress`` is called after each entity.
        """
        project, domain = self._where(project, domain)
        if not version:
            raise ValueError("register() needs a version")
        plan = [(kind, origin, _hydrated(kind, origin, spec, project, domain, version))
                for kind, origin, spec in self._specs(entities)]
        done = []
        for kind, origin, spec in sorted(plan, key=lambda p: list(KINDS).index(p[0].name)):
            result = self._register_one(kind, origin, spec)
            done.append(result)
            if progress is not None:
                progress(result)
        return done

    def _specs(self, entities: Any) -> Iterator[tuple[EntityKind, str, Any]]:
        if isinstance(entities, (str, os.PathLike)):
            entries = read_package(entities)
            by_kind = {kind.package_kind: kind for kind in KINDS.values()}
            unsupported = [e for e in entries if e.kind not in by_kind]
            if unsupported:
                names = ", ".join(f"{e.kind} {e.name}" for e in unsupported)
                raise RegistrationError(
                    f"{os.fspath(entities)}: holds {names}: registering workflows and launch "
                    "plans is not supported yet (flyte_lite registers tasks); nothing was "
                    "registered"
                )
            for entry in entries:
                kind = by_kind[entry.kind]
                try:
                    spec = kind.spec_class.from_bytes(entry.data)
                except ValueError as exc:
                    raise RegistrationError(f"{entry.origin}: {exc}") from None
                yield kind, entry.origin, spec
            return
        for entity in [entities] if isinstance(entities, FlyteTask) else entities:
            if not isinstance(entity, FlyteTask):
                raise TypeError(f"register() takes a package path or FlyteTasks, not "
                                f"{type(entity).__name__}")
            yield TASK, f"task {entity.name}", entity.to_flyte_idl()

    def _register_one(self, kind: EntityKind, origin: str, spec: Any) -> Registered:
        id = kind.id_of(spec)
        assert id is not None  # _hydrated checked it
        try:
            self.client.call(kind.create_rpc, kind.create_request(id, spec))
            return Registered(kind.name, id, "created")
        except (AlreadyExists, InvalidArgument) as exc:
            # FlyteAdmin: AlreadyExists for the same content; InvalidArgument for another
            # (or for a bad spec, then the entity is not there and the error stands)
            try:
                existing = self.client.call(kind.get_rpc, ObjectGetRequest(id=id))
            except NotFound:
                raise exc from None
        theirs = kind.registered_content(existing)
        ours = kind.content(spec)
        if theirs is not None and ours.to_bytes(deterministic=True) == theirs.to_bytes(
            deterministic=True
        ):
            return Registered(kind.name, id, "existed")
        where = first_difference(ours, theirs, kind.content_path) or kind.content_path
        raise RegistrationError(
            f"{origin}: {kind.name} {_id_text(id)} exists with different content; first "
            f"difference at {where}"
        )

    # --- the generic calls, for any kind -----------------------------------------------------

    def _where(self, project: Optional[str], domain: Optional[str]) -> tuple[str, str]:
        project = project or self.default_project
        domain = domain or self.default_domain
        if not project or not domain:
            raise ValueError("give a project and a domain (or default_project/default_domain)")
        return project, domain

    def _fetch(self, kind: EntityKind, project: Optional[str], domain: Optional[str],
               name: Optional[str], version: Optional[str]) -> Any:
        project, domain = self._where(project, domain)
        if not name:
            raise ValueError(f"fetching a {kind.name} needs its name")
        if version is None:
            latest = next(iter(self._list(kind, project, domain, name, None,
                                          Sort(key="created_at"), 1, 1)), None)
            if latest is None:
                raise NotFound(f"no {kind.name} {project}/{domain}/{name}")
            return latest
        id = Identifier(resource_type=kind.resource_type, project=project, domain=domain,
                        name=name, version=version)
        return kind.wrap(self.client.call(kind.get_rpc, ObjectGetRequest(id=id)))

    def _list(self, kind: EntityKind, project: Optional[str], domain: Optional[str],
              name: Optional[str], filters: Union[str, Iterable[str], None], sort_by: SortBy,
              limit: Optional[int], page_size: int) -> Iterator[Any]:
        project, domain = self._where(project, domain)
        request = ResourceListRequest(
            id=NamedEntityIdentifier(project=project, domain=domain, name=name or ""),
            limit=_page(page_size, limit), filters=_filters(filters), sort_by=_sort(sort_by),
        )
        pages = self.client.pages(kind.list_rpc, request, kind.list_field)
        return (kind.wrap(entity) for entity in _limited(pages, limit))

    def _names(self, kind: EntityKind, project: Optional[str], domain: Optional[str],
               filters: Union[str, Iterable[str], None], sort_by: SortBy,
               limit: Optional[int], page_size: int) -> Iterator[str]:
        project, domain = self._where(project, domain)
        request = NamedEntityIdentifierListRequest(
            project=project, domain=domain, limit=_page(page_size, limit),
            filters=_filters(filters), sort_by=_sort(sort_by),
        )
        pages = self.client.pages(kind.ids_rpc, request, "entities")
        return (entity.name for entity in _limited(pages, limit))


def _page(page_size: int, limit: Optional[int]) -> int:
    if page_size < 1 or (limit is not None and limit < 0):
        raise ValueError("page_size must be positive and limit not negative")
    return min(page_size, limit) if limit else page_size


def _limited(items: Iterator[Any], limit: Optional[int]) -> Iterator[Any]:
    if limit is None:
        yield from items
        return
    for count, item in enumerate(items):
        if count >= limit:
            return
        yield item


def _filters(filters: Union[str, Iterable[str], None]) -> str:
    if filters is None or isinstance(filters, str):
        return filters or ""
    return "+".join(filters)


def _sort(sort_by: SortBy) -> Optional[Sort]:
    if sort_by is None or isinstance(sort_by, Sort):
        return sort_by
    return Sort(key=sort_by, direction=Sort.Direction.DESCENDING)


def _id_text(id: Identifier) -> str:
    return f"{id.project}/{id.domain}/{id.name}@{id.version}"


def _hydrated(kind: EntityKind, origin: str, spec: Any, project: str, domain: str,
              version: str) -> Any:
    """``spec`` with every identifier's empty (or placeholder) project, domain and version
    set; a part already set to another value is an error naming it."""
    if kind.id_of(spec) is None:
        raise RegistrationError(f"{origin}: the {kind.name} has no identifier")
    wanted = {"project": project, "domain": domain, "version": version}

    def fill(id: Identifier) -> Identifier:
        changes: dict[str, Any] = {}
        for part, value in wanted.items():
            current = getattr(id, part)
            if current in ("", PLACEHOLDERS[part]):
                changes[part] = value
            elif current != value:
                raise RegistrationError(
                    f"{origin}: {id.name} has {part} {current!r}, not {value!r} as asked; "
                    "flyte_lite does not move an entity that names its own"
                )
        return attrs.evolve(id, **changes)

    return kind.map_ids(spec, fill)


def first_difference(ours: Any, theirs: Any, path: str = "") -> Optional[str]:
    """Where two values first differ (``template.container.image: 'a' -> 'b'``), walking
    messages field by field in number order; ``None`` if they are equal."""
    if isinstance(ours, Message) and type(ours) is type(theirs):
        for spec in specs_of(type(ours)):
            found = first_difference(getattr(ours, spec.name), getattr(theirs, spec.name),
                                     f"{path}.{spec.name}" if path else spec.name)
            if found:
                return found
        if ours._unknown_fields != theirs._unknown_fields:
            return f"{path or 'the message'} (unknown fields)"
        return None
    if isinstance(ours, (list, tuple)) and isinstance(theirs, (list, tuple)):
        for i, (a, b) in enumerate(zip(ours, theirs)):
            found = first_difference(a, b, f"{path}[{i}]")
            if found:
                return found
        if len(ours) != len(theirs):
            return f"{path}: {len(ours)} items -> {len(theirs)}"
        return None
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in [*ours, *(k for k in theirs if k not in ours)]:
            found = first_difference(ours.get(key), theirs.get(key), f"{path}[{key!r}]")
            if found:
                return found
        return None
    if ours == theirs:
        return None
    return f"{path}: {_short(ours)} -> {_short(theirs)}"


def _short(value: Any) -> str:
    text = "(unset)" if value is None else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
