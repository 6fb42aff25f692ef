"""``FlyteLaunchPlan``: flytekit's remote launch plan, on flyte_lite's messages, lossless."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast

from flyte_lite.message import Message
from flyte_lite.models.admin.launch_plan import (
    LaunchPlan,
    LaunchPlanClosure,
    LaunchPlanMetadata,
    LaunchPlanSpec,
)
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.remote.entity import RemoteEntity, foreign_message, kind_class
from flyte_lite.remote.errors import FlyteAssertion
from flyte_lite.remote.ids import id_key
from flyte_lite.remote.task import TaskInterface
from flyte_lite.wire import specs_of

if TYPE_CHECKING:
    from flyte_lite.models.admin.common import Annotations, Labels, RawOutputDataConfig
    from flyte_lite.models.core.interface import ParameterMap
    from flyte_lite.models.core.literals import LiteralMap
    from flyte_lite.models.core.security import SecurityContext
    from flyte_lite.remote.context import CompilationState
    from flyte_lite.remote.promise import NodeOutputs, Promise, VoidPromise
    from flyte_lite.remote.workflow import FlyteWorkflow

__all__ = ["FlyteLaunchPlan"]

#: What :meth:`FlyteLaunchPlan.from_bytes` can read, by ``kind``.
BytesKind = Literal["launch_plan", "spec"]
BYTES_KINDS: dict[str, type[Message]] = {"launch_plan": LaunchPlan, "spec": LaunchPlanSpec}
# flytekit's LaunchPlanSpec constructor order, for positional arguments
_POSITIONAL = (
    "workflow_id",
    "entity_metadata",
    "default_inputs",
    "fixed_inputs",
    "labels",
    "annotations",
    "auth_role",
    "raw_output_data_config",
    "max_parallelism",
    "security_context",
    "overwrite_cache",
)


class FlyteLaunchPlan(RemoteEntity):
    """A Flyte launch plan: its identifier and admin ``LaunchPlanSpec``, kept exactly.

    :attr:`interface` comes from the workflow launched, given with ``flyte_workflow=``
    or :meth:`with_workflow` (the spec has only the default inputs); without it the
    launch plan cannot be called in a workflow. Equality compares id and spec; the hash
    is the id's.
    """

    _TITLE = "FlyteLaunchPlan"
    _spec: LaunchPlanSpec

    def __init__(self, id: Identifier, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(_POSITIONAL):
            raise TypeError(
                f"FlyteLaunchPlan() takes at most {len(_POSITIONAL)} spec arguments after id"
            )
        fields = dict(zip(_POSITIONAL, args))
        for key, value in kwargs.items():
            if key in fields:
                raise TypeError(f"FlyteLaunchPlan() got multiple values for argument {key!r}")
            fields[key] = value
        specs = {spec.name: spec for spec in specs_of(LaunchPlanSpec)}
        unknown = sorted(set(fields) - set(specs))
        if unknown:
            raise TypeError(f"FlyteLaunchPlan() got unknown argument(s) {', '.join(unknown)}")
        # flytekit's None for an unset field is its default (a scalar's is protobuf's zero)
        fields = {k: specs[k].default if v is None else v for k, v in fields.items()}
        try:
            spec = LaunchPlanSpec(**fields)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"FlyteLaunchPlan(): {exc}") from None
        spec.to_bytes()  # raises EncodeError naming any field that cannot be written
        self._set(id, spec, None, None)

    def _set(
        self,
        id: Identifier,
        spec: LaunchPlanSpec,
        closure: Optional[LaunchPlanClosure],
        workflow: Optional[FlyteWorkflow],
    ) -> None:
        if not isinstance(id, Identifier):
            raise TypeError(f"a launch plan's id must be an Identifier, not {id!r:.80}")
        if workflow is not None:
            from flyte_lite.models.admin.workflow import WorkflowSpec

            # a FlyteWorkflow (workflow.py imports this module): the entity of a WorkflowSpec
            if not isinstance(workflow, RemoteEntity) or not isinstance(
                workflow._spec, WorkflowSpec
            ):
                raise TypeError(f"flyte_workflow must be a FlyteWorkflow, not {workflow!r:.80}")
            if spec.workflow_id is not None and id_key(spec.workflow_id) != id_key(workflow.id):
                raise ValueError(
                    f"launch plan {id.name!r} launches workflow {spec.workflow_id.name!r} "
                    f"(version {spec.workflow_id.version!r}), not {workflow.name!r} "
                    f"(version {workflow.id.version!r})"
                )
        self._id = id
        self._spec = spec
        self._closure = closure
        self._flyte_workflow = workflow

    # --- reading ------------------------------------------------------------------------------

    @classmethod
    def promote_from_model(
        cls,
        id: Identifier,
        model: LaunchPlanSpec,
        *,
        flyte_workflow: Optional[FlyteWorkflow] = None,
    ) -> FlyteLaunchPlan:
        """The launch plan ``id`` of spec ``model`` (kept as is, every field).

        ``flyte_workflow`` is the workflow it launches, which gives :attr:`interface`.
        """
        if not isinstance(model, LaunchPlanSpec):
            raise TypeError(
                f"promote_from_model() needs a LaunchPlanSpec, got {type(model).__name__}"
            )
        plan = cls.__new__(cls)
        plan._set(id, model, None, flyte_workflow)
        return plan

    def with_workflow(self, flyte_workflow: FlyteWorkflow) -> FlyteLaunchPlan:
        """A copy that knows the workflow it launches (and so its interface)."""
        plan = type(self).__new__(type(self))
        plan._set(self._id, self._spec, self._closure, flyte_workflow)
        return plan

    @classmethod
    def from_flyte_idl(cls, pb2: Any) -> FlyteLaunchPlan:
        """The launch plan of an admin ``LaunchPlan`` (id, spec and closure): a flyte_lite
        message, a flyteidl protobuf one or a flytekit model of one (read through its
        bytes; neither is imported here)."""
        if isinstance(pb2, LaunchPlan):
            return cls._from_message(pb2, None)
        if not isinstance(pb2, Message):
            kinds = {LaunchPlan.full_name: "launch_plan"}
            foreign = foreign_message("from_flyte_idl()", pb2, kinds, "a launch plan")
            if foreign is not None:
                return cls.from_bytes(foreign[1])
        raise TypeError(f"from_flyte_idl() needs an admin LaunchPlan, got {type(pb2).__name__}")

    @classmethod
    def from_bytes(
        cls,
        data: Union[bytes, bytearray, memoryview],
        *,
        kind: BytesKind = "launch_plan",
        id: Optional[Identifier] = None,
    ) -> FlyteLaunchPlan:
        """Read a launch plan from protobuf bytes.

        ``kind``: ``"launch_plan"`` an admin ``LaunchPlan`` (what ``pyflyte package``
        writes and FlyteAdmin answers), ``"spec"`` an admin ``LaunchPlanSpec`` (which has
        no id: give ``id=``, else the id is empty but for its resource type). Bad bytes
        raise ``DecodeError``.
        """
        return cls._from_message(kind_class(BYTES_KINDS, kind).from_bytes(data), id)

    @classmethod
    def from_json(
        cls,
        text: Union[str, bytes],
        *,
        kind: BytesKind = "launch_plan",
        id: Optional[Identifier] = None,
        ignore_unknown_fields: bool = False,
    ) -> FlyteLaunchPlan:
        """Read a launch plan from protobuf JSON; ``kind`` and ``id`` as for :meth:`from_bytes`."""
        message_class = kind_class(BYTES_KINDS, kind)
        message = message_class.from_json(text, ignore_unknown_fields=ignore_unknown_fields)
        return cls._from_message(message, id)

    @classmethod
    def _from_message(cls, message: Message, id: Optional[Identifier]) -> FlyteLaunchPlan:
        closure = None
        if isinstance(message, LaunchPlan):
            if id is None:
                id = message.id
            closure = message.closure
            spec = message.spec if message.spec is not None else LaunchPlanSpec()
        else:
            spec = cast(LaunchPlanSpec, message)
        if id is None:
            id = Identifier(resource_type=ResourceType.LAUNCH_PLAN)
        plan = cls.__new__(cls)
        plan._set(id, spec, closure, None)
        return plan

    # --- writing ------------------------------------------------------------------------------

    def to_flyte_idl(self) -> LaunchPlanSpec:
        """The admin ``LaunchPlanSpec``."""
        return self._spec

    def to_launch_plan(self) -> LaunchPlan:
        """The admin ``LaunchPlan``: id, spec and (if read with one) closure."""
        return LaunchPlan(id=self._id, spec=self._spec, closure=self._closure)

    # --- properties ---------------------------------------------------------------------------

    @property
    def id(self) -> Identifier:
        return self._id

    @property
    def spec(self) -> LaunchPlanSpec:
        """The admin ``LaunchPlanSpec``, every field as read."""
        return self._spec

    @property
    def closure(self) -> Optional[LaunchPlanClosure]:
        """The admin ``LaunchPlan.closure`` read with it, if any."""
        return self._closure

    @property
    def workflow_id(self) -> Optional[Identifier]:
        return self._spec.workflow_id

    @property
    def flyte_workflow(self) -> Optional[FlyteWorkflow]:
        """The workflow launched, if given."""
        return self._flyte_workflow

    @property
    def interface(self) -> Optional[TaskInterface]:
        """The launched workflow's interface, or ``None`` when the workflow is not given."""
        wf = self._flyte_workflow
        return wf.interface if wf is not None else None

    @property
    def entity_metadata(self) -> Optional[LaunchPlanMetadata]:
        return self._spec.entity_metadata

    @property
    def default_inputs(self) -> Optional[ParameterMap]:
        return self._spec.default_inputs

    @property
    def fixed_inputs(self) -> Optional[LiteralMap]:
        return self._spec.fixed_inputs

    @property
    def labels(self) -> Optional[Labels]:
        return self._spec.labels

    @property
    def annotations(self) -> Optional[Annotations]:
        return self._spec.annotations

    @property
    def auth_role(self) -> Any:
        return self._spec.auth_role

    @property
    def raw_output_data_config(self) -> Optional[RawOutputDataConfig]:
        return self._spec.raw_output_data_config

    @property
    def max_parallelism(self) -> int:
        return self._spec.max_parallelism

    @property
    def security_context(self) -> Optional[SecurityContext]:
        return self._spec.security_context

    @property
    def overwrite_cache(self) -> bool:
        """``overwrite_cache`` (flytekit's promoted launch plan loses it)."""
        return self._spec.overwrite_cache

    @property
    def is_scheduled(self) -> bool:
        """Whether the launch plan has a cron expression, a cron schedule or a fixed rate
        (``False`` without a schedule, where flytekit raises ``AttributeError``)."""
        metadata = self._spec.entity_metadata
        schedule = metadata.schedule if metadata is not None else None
        if schedule is None:
            return False
        return bool(
            schedule.cron_expression
            or (schedule.rate is not None and schedule.rate.value)
            or (schedule.cron_schedule is not None and schedule.cron_schedule.schedule)
        )

    @property
    def entity_type_text(self) -> str:
        """Always ``"Launch Plan"``."""
        return "Launch Plan"

    @property
    def resource_type(self) -> ResourceType:
        """Always ``ResourceType.LAUNCH_PLAN``."""
        return ResourceType.LAUNCH_PLAN

    # --- use in a workflow --------------------------------------------------------------------

    def _call_interface(self) -> TaskInterface:
        interface = self.interface
        if interface is None:
            raise FlyteAssertion(
                f"launch plan {self.name!r} has no interface: give the workflow it launches "
                "(FlyteLaunchPlan.promote_from_model(..., flyte_workflow=wf) or "
                "lp.with_workflow(wf)) before calling it"
            )
        return interface

    def _compile_into(
        self, state: CompilationState, kwargs: dict[str, Any]
    ) -> Union[Promise, NodeOutputs, VoidPromise]:
        from flyte_lite.remote.compilation import compile_call

        fixed = self._spec.fixed_inputs
        defaults = self._spec.default_inputs
        return compile_call(
            self,
            state,
            kwargs,
            fixed=fixed.literals if fixed is not None else (),
            optional=defaults.parameters if defaults is not None else (),
        )
