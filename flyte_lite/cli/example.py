"""The task ``flyte-lite show`` prints when given no file: built in code, so it always works."""

from __future__ import annotations

from flyte_lite.models.admin.description_entity import (
    Description,
    DescriptionEntity,
    DescriptionFormat,
)
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.interface import TypedInterface, Variable, VariableMap
from flyte_lite.models.core.literals import KeyValuePair, RetryStrategy
from flyte_lite.models.core.tasks import Container, Resources, RuntimeMetadata, TaskMetadata
from flyte_lite.models.core.types import LiteralType, SimpleType, UnionType
from flyte_lite.remote import FlyteTask
from flyte_lite.wkt import Duration

__all__ = ["example_task"]

_IMAGE = "ghcr.io/flyteorg/flytekit:py3.11-1.15.4"
_CPU = Resources.ResourceName.CPU
_MEMORY = Resources.ResourceName.MEMORY


def _variable(name: str, literal_type: LiteralType) -> Variable:
    return Variable(type=literal_type, description=name)


def example_task() -> FlyteTask:
    """``example.greet(name: str, times: Optional[int]) -> List[str]``, as flytekit would
    write it for ``pyflyte package``: a python task with resources, retries, a timeout and
    a cache version."""
    text = LiteralType(simple=SimpleType.STRING)
    optional_int = LiteralType(
        union_type=UnionType(
            variants=[LiteralType(simple=SimpleType.INTEGER), LiteralType(simple=SimpleType.NONE)]
        )
    )
    return FlyteTask(
        id=Identifier(
            resource_type=ResourceType.TASK,
            project="flytesnacks",
            domain="development",
            name="example.greet",
            version="v1",
        ),
        type="python-task",
        metadata=TaskMetadata(
            discoverable=True,
            runtime=RuntimeMetadata(
                type=RuntimeMetadata.RuntimeType.FLYTE_SDK, version="1.15.4", flavor="python"
            ),
            timeout=Duration(seconds=600),
            retries=RetryStrategy(retries=2),
            discovery_version="1.0",
        ),
        interface=TypedInterface(
            inputs=VariableMap(
                variables={
                    "name": _variable("name", text),
                    "times": _variable("times", optional_int),
                }
            ),
            outputs=VariableMap(
                variables={"o0": _variable("o0", LiteralType(collection_type=text))}
            ),
        ),
        custom=None,
        container=Container(
            image=_IMAGE,
            args=[
                "pyflyte-execute",
                "--inputs",
                "{{.input}}",
                "--output-prefix",
                "{{.outputPrefix}}",
                "--raw-output-data-prefix",
                "{{.rawOutputDataPrefix}}",
                "--resolver",
                "flytekit.core.python_auto_container.default_task_resolver",
                "--",
                "task-module",
                "example",
                "task-name",
                "greet",
            ],
            resources=Resources(
                requests=[
                    Resources.ResourceEntry(name=_CPU, value="500m"),
                    Resources.ResourceEntry(name=_MEMORY, value="256Mi"),
                ],
                limits=[
                    Resources.ResourceEntry(name=_CPU, value="1"),
                    Resources.ResourceEntry(name=_MEMORY, value="512Mi"),
                ],
            ),
            env=[KeyValuePair(key="LOG_LEVEL", value="info")],
        ),
        docs=DescriptionEntity(
            short_description="Greet someone, a few times over.",
            long_description=Description(
                value="The built-in example of flyte-lite: pass a file to see your own tasks.",
                format=DescriptionFormat.DESCRIPTION_FORMAT_MARKDOWN,
            ),
        ),
    )
