"""``Remote``: fetch, list and register Flyte entities on a FlyteAdmin, over HTTP.

flytekit's ``FlyteRemote`` for tasks, workflows and launch plans, without gRPC or
protobuf: FlyteAdmin's HTTP gateway with binary protobuf bodies, on one kept-alive
connection (see :mod:`flyte_lite.remote.admin`).

>>> remote = Remote.auto(default_project="flytesnacks", default_domain="development")
>>> task = remote.fetch_task(name="my.module.t1")           # the latest version
>>> remote.register("package.tgz", version="v2", activate=True)  # a pyflyte package
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
from flyte_lite.models.admin.launch_plan import (
    LaunchPlanSpec,
    LaunchPlanState,
    LaunchPlanUpdateRequest,
)
from flyte_lite.models.admin.project import Project, ProjectListRequest
from flyte_lite.models.admin.workflow import Workflow, WorkflowSpec
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.package import (
    IdentifierUse,
    Package,
    PackageError,
    identifiers,
    map_identifiers,
    references,
)
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
from flyte_lite.remote.kinds import KINDS, LAUNCH_PLAN, TASK, WORKFLOW, EntityKind, promote_workflow
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

    # --- workflows and launch plans -----------------------------------------------------------

    def fetch_workflow(self, project: Optional[str] = None, domain: Optional[str] = None,
                       name: Optional[str] = None, version: Optional[str] = None) -> Any:
        """The ``FlyteWorkflow`` ``name`` at ``version`` (the latest with none), with the
        launch plans its nodes call fetched too, as flytekit does."""
        return self._fetch(WORKFLOW, project, domain, name, version)

    def list_workflows(
        self, project: Optional[str] = None, domain: Optional[str] = None,
        name: Optional[str] = None, *, filters: Union[str, Iterable[str], None] = None,
        sort_by: SortBy = None, limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[Any]:
        """``FlyteWorkflow``s, as :meth:`list_tasks` lists tasks."""
        return self._list(WORKFLOW, project, domain, name, filters, sort_by, limit, page_size)

    def list_workflow_names(
        self, project: Optional[str] = None, domain: Optional[str] = None, *,
        filters: Union[str, Iterable[str], None] = None, sort_by: SortBy = None,
        limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[str]:
        """The names of the workflows in a project and domain."""
        return self._names(WORKFLOW, project, domain, filters, sort_by, limit, page_size)

    def fetch_launch_plan(self, project: Optional[str] = None, domain: Optional[str] = None,
                          name: Optional[str] = None, version: Optional[str] = None) -> Any:
        """The ``FlyteLaunchPlan`` ``name`` at ``version`` (the latest with none), with the
        workflow it launches fetched too (its ``flyte_workflow`` and ``interface``), as
        flytekit does."""
        plan = self._fetch(LAUNCH_PLAN, project, domain, name, version)
        wf = plan.workflow_id
        if wf is None:
            raise RegistrationError(f"launch plan {_id_text(plan.id)} names no workflow")
        return plan.with_workflow(self.fetch_workflow(wf.project, wf.domain, wf.name,
                                                      wf.version))

    def list_launch_plans(
        self, project: Optional[str] = None, domain: Optional[str] = None,
        name: Optional[str] = None, *, filters: Union[str, Iterable[str], None] = None,
        sort_by: SortBy = None, limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[Any]:
        """``FlyteLaunchPlan``s, as :meth:`list_tasks` lists tasks."""
        return self._list(LAUNCH_PLAN, project, domain, name, filters, sort_by, limit,
                          page_size)

    def list_launch_plan_names(
        self, project: Optional[str] = None, domain: Optional[str] = None, *,
        filters: Union[str, Iterable[str], None] = None, sort_by: SortBy = None,
        limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[str]:
        """The names of the launch plans in a project and domain."""
        return self._names(LAUNCH_PLAN, project, domain, filters, sort_by, limit, page_size)

    def activate_launch_plan(self, id: Identifier, active: bool = True) -> None:
        """Make launch plan ``id`` the active version of its name (its schedule runs), or
        inactive with ``active=False`` (FlyteAdmin's ``UpdateLaunchPlan``)."""
        state = LaunchPlanState.ACTIVE if active else LaunchPlanState.INACTIVE
        self.client.call("UpdateLaunchPlan", LaunchPlanUpdateRequest(id=id, state=state))

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
        self, entities: Union[str, os.PathLike[str], Package, Any, Iterable[Any]],
        project: Optional[str] = None, domain: Optional[str] = None,
        version: Optional[str] = None, *, activate: bool = False,
        progress: Optional[Callable[[Registered], None]] = None,
    ) -> list[Registered]:
        """Register a package (a ``pyflyte package`` archive, a ``pyflyte serialize``
        folder, or a :class:`~flyte_lite.package.Package`), or ``FlyteTask``,
        ``FlyteWorkflow`` and ``FlyteLaunchPlan`` objects (one or an iterable), under
        ``project``/``domain`` at ``version``.

        Every identifier's empty (or flytekit's ``{{ registration.* }}`` placeholder)
        project, domain and version is set to these: each entity's own, and its references
        (task nodes, sub-workflow and launch-plan nodes, in branches and array nodes too,
        ``sub_workflows`` templates, a launch plan's workflow). An entity whose own
        identifier names another project, domain or version is an error; a reference that
        does is left alone (it names an entity registered elsewhere). Tasks go first, then
        workflows and launch plans, each after what it calls (FlyteAdmin compiles a
        workflow against the launch plans it calls, and a launch plan against its
        workflow). An entity that exists with the same content counts as registered; with
        different content it is a :class:`RegistrationError` naming the entity and the
        first field that differs. A package whose references do not resolve is refused.
        Everything is checked before anything is sent. ``activate`` makes each launch plan
        the active version of its name afterwards. ``progress`` is called after each step.
        """
        project, domain = self._where(project, domain)
        if not version:
            raise ValueError("register() needs a version")
        plan = [(kind, origin, _hydrated(kind, origin, spec, project, domain, version))
                for kind, origin, spec in _in_dependency_order(self._specs(entities))]
        done = []
        for kind, origin, spec in plan:
            result = self._register_one(kind, origin, spec)
            done.append(result)
            if progress is not None:
                progress(result)
        if activate:
            for result in [r for r in done if r.kind == LAUNCH_PLAN.name]:
                self.activate_launch_plan(result.id)
                activated = result._replace(outcome="activated")
                done.append(activated)
                if progress is not None:
                    progress(activated)
        return done

    def _specs(self, entities: Any) -> list[tuple[EntityKind, str, Any]]:
        if isinstance(entities, (str, os.PathLike)):
            try:
                entities = Package.read(entities)
            except PackageError as exc:
                raise RegistrationError(str(exc)) from None
        if isinstance(entities, Package):
            if entities.problems:
                raise RegistrationError(
                    "the package has problems; nothing was registered:\n"
                    + "\n".join(entities.problems), entities.problems)
            return [(KINDS[kind], entities.origins[(kind, name)], table[name])
                    for kind, table in (("task", entities.tasks),
                                        ("workflow", entities.workflows),
                                        ("launch plan", entities.launch_plans))
                    for name in table]
        from flyte_lite.remote.launch_plan import FlyteLaunchPlan
        from flyte_lite.remote.workflow import FlyteWorkflow

        messages: dict[type, tuple[EntityKind, Callable[[Any], Message]]] = {
            FlyteTask: (TASK, lambda task: task.to_flyte_idl()),
            FlyteWorkflow: (WORKFLOW, lambda workflow: workflow.to_flyte_idl()),
            FlyteLaunchPlan: (LAUNCH_PLAN, lambda lp: lp.to_launch_plan()),
        }
        one = isinstance(entities, tuple(messages))
        found = []
        for entity in [entities] if one else entities:
            if type(entity) not in messages:
                raise TypeError(f"register() takes a package, FlyteTasks, FlyteWorkflows or "
                                f"FlyteLaunchPlans, not {type(entity).__name__}")
            kind, message = messages[type(entity)]
            found.append((kind, f"{kind.name} {entity.name}", message(entity)))
        return found

    def _register_one(self, kind: EntityKind, origin: str, spec: Any) -> Registered:
        id = _own_id(spec)
        try:
            self.client.call(kind.create_rpc, kind.create_request(id, spec))
            return Registered(kind.name, id, "created")
        except AlreadyExists:
            # FlyteAdmin says so only for the same content (its digest of the spec): trusted,
            # since what it keeps of a workflow is compiled and need not equal what was sent
            return Registered(kind.name, id, "existed")
        except InvalidArgument as exc:
            refusal = exc
        # another content at this version, or a bad spec: then the server's error stands
        try:
            existing = self.client.call(kind.get_rpc, ObjectGetRequest(id=id))
        except NotFound:
            raise refusal from None
        where = first_difference(kind.content(spec), kind.registered_content(existing),
                                 kind.content_path)
        if where is None:  # the same content: the refusal was for something else
            raise refusal
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
        return self._wrap(kind, self.fetch_message(kind.name, project, domain, name, version))

    def fetch_message(self, kind: str, project: Optional[str] = None,
                      domain: Optional[str] = None, name: Optional[str] = None,
                      version: Optional[str] = None) -> Message:
        """FlyteAdmin's own message for the ``kind`` (``task``, ``workflow``, ``launch
        plan``) ``name`` at ``version`` (the latest with none): an admin ``Task``,
        ``Workflow`` or ``LaunchPlan``, as ``flytectl get -o json`` shows it."""
        entity_kind = _kind(kind)
        project, domain = self._where(project, domain)
        if not name:
            raise ValueError(f"fetching a {kind} needs its name")
        if version is None:
            latest = next(self.list_messages(kind, project, domain, name,
                                             sort_by=Sort(key="created_at"), limit=1,
                                             page_size=1), None)
            if latest is None:
                raise NotFound(f"no {kind} {project}/{domain}/{name}")
            return latest
        id = Identifier(resource_type=entity_kind.resource_type, project=project,
                        domain=domain, name=name, version=version)
        return self.client.call(entity_kind.get_rpc, ObjectGetRequest(id=id))

    def list_messages(
        self, kind: str, project: Optional[str] = None, domain: Optional[str] = None,
        name: Optional[str] = None, *, filters: Union[str, Iterable[str], None] = None,
        sort_by: SortBy = None, limit: Optional[int] = None, page_size: int = PAGE_SIZE,
    ) -> Iterator[Message]:
        """FlyteAdmin's own messages for entities of ``kind``, as :meth:`list_tasks` lists."""
        entity_kind = _kind(kind)
        project, domain = self._where(project, domain)
        request = ResourceListRequest(
            id=NamedEntityIdentifier(project=project, domain=domain, name=name or ""),
            limit=_page(page_size, limit), filters=_filters(filters), sort_by=_sort(sort_by),
        )
        pages = self.client.pages(entity_kind.list_rpc, request, entity_kind.list_field)
        return _limited(pages, limit)

    def _list(self, kind: EntityKind, project: Optional[str], domain: Optional[str],
              name: Optional[str], filters: Union[str, Iterable[str], None], sort_by: SortBy,
              limit: Optional[int], page_size: int) -> Iterator[Any]:
        messages = self.list_messages(kind.name, project, domain, name, filters=filters,
                                      sort_by=sort_by, limit=limit, page_size=page_size)
        return (self._wrap(kind, message) for message in messages)

    def _wrap(self, kind: EntityKind, entity: Any) -> Any:
        if kind is WORKFLOW:
            closure = entity.closure.compiled_workflow if entity.closure is not None else None
            if closure is None:
                raise RegistrationError(f"workflow {_id_text(entity.id)}: no compiled closure")
            return promote_workflow(closure, self._node_launch_plans(entity))
        return kind.wrap(entity)

    def _node_launch_plans(self, workflow: Workflow) -> list[tuple[Identifier, LaunchPlanSpec]]:
        """The specs of the launch plans the workflow's nodes call (in its sub-workflows,
        branches and array nodes too), fetched as flytekit's ``fetch_workflow`` fetches
        them; pairs, because messages are not hashable."""
        closure = workflow.closure.compiled_workflow  # type: ignore[union-attr]
        assert closure is not None
        templates = [c.template for c in (closure.primary, *closure.sub_workflows)
                     if c is not None and c.template is not None]
        spec = WorkflowSpec(template=templates[0] if templates else None,
                            sub_workflows=templates[1:])
        found: list[tuple[Identifier, LaunchPlanSpec]] = []
        for use in references(spec):
            if use.kind == LAUNCH_PLAN.name and all(use.id != id for id, _ in found):
                lp = self.client.call(LAUNCH_PLAN.get_rpc, ObjectGetRequest(id=use.id))
                found.append((use.id, lp.spec))  # type: ignore[attr-defined]
        return found

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


def _kind(name: str) -> EntityKind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"no entity kind {name!r} (one of {', '.join(KINDS)})") from None


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


def _own_id(spec: Any) -> Identifier:
    return next(use.id for use in identifiers(spec) if use.defines)


def _in_dependency_order(
    specs: list[tuple[EntityKind, str, Any]],
) -> list[tuple[EntityKind, str, Any]]:
    """Tasks first (in package order), then workflows and launch plans in package order,
    each after the package's launch plans and workflows it refers to."""
    by_name = {(kind.name, _own_id(spec).name): (kind, origin, spec)
               for kind, origin, spec in specs if kind is not TASK}
    ordered = [item for item in specs if item[0] is TASK]
    placed: set[tuple[str, str]] = set()

    def place(key: tuple[str, str]) -> None:
        if key in placed or key not in by_name:
            return
        placed.add(key)
        kind, origin, spec = by_name[key]
        for use in references(spec):
            if use.kind != TASK.name:
                place((use.kind, use.id.name))
        ordered.append((kind, origin, spec))

    for key in by_name:
        place(key)
    return ordered


def _hydrated(kind: EntityKind, origin: str, spec: Any, project: str, domain: str,
              version: str) -> Any:
    """``spec`` with every identifier's empty (or placeholder) project, domain and version
    set; an own identifier part already set to another value is an error naming it."""
    if next((u for u in identifiers(spec) if u.defines and u.id.name), None) is None:
        raise RegistrationError(f"{origin}: the {kind.name} has no identifier")
    wanted = {"project": project, "domain": domain, "version": version}

    def fill(use: IdentifierUse) -> Identifier:
        changes: dict[str, Any] = {}
        for part, value in wanted.items():
            current = getattr(use.id, part)
            if current in ("", PLACEHOLDERS[part]):
                changes[part] = value
            elif current != value and use.defines:
                raise RegistrationError(
                    f"{origin}: {use.id.name} has {part} {current!r}, not {value!r} as asked; "
                    "flyte_lite does not move an entity that names its own"
                )
        return attrs.evolve(use.id, **changes) if changes else use.id

    return map_identifiers(spec, fill)


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
