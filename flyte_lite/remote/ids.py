"""Identifiers as keys (the messages are not hashable), and what is keyed by them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # reading a task does not load the workflow models
    from flyte_lite.models.admin.workflow import WorkflowSpec
    from flyte_lite.models.core.identifier import Identifier
    from flyte_lite.models.core.workflow import WorkflowTemplate

__all__ = ["id_key", "sub_templates"]


def id_key(identifier: Identifier) -> tuple[int, str, str, str, str, str]:
    """Every field of ``identifier`` as a hashable tuple (the messages themselves are not)."""
    i = identifier
    return (int(i.resource_type), i.project, i.domain, i.name, i.version, i.org)


def sub_templates(specs: Iterable[WorkflowSpec]) -> list[WorkflowTemplate]:
    """The templates of the workflows of ``specs`` and of every sub-workflow they run, each
    once: a workflow's own sub-workflows come before it."""
    out: dict[Any, WorkflowTemplate] = {}
    for spec in specs:
        assert spec.template is not None  # a FlyteWorkflow's spec always has one
        for template in (*spec.sub_workflows, spec.template):
            key = id_key(template.id) if template.id is not None else None
            known = out.setdefault(key, template)
            if known != template:
                raise ValueError(
                    f"two different sub-workflows have the id of {template.id!r:.200}"
                )
    return list(out.values())
