"""Errors raised when a FlyteTask is used inside a workflow."""

from __future__ import annotations

__all__ = ["BindingError", "FlyteAssertion"]


class FlyteAssertion(AssertionError):
    """A call that cannot make a node: flytekit's ``FlyteAssertion``, with the same messages."""


class BindingError(FlyteAssertion):
    """A value that cannot be bound to a task input.

    ``task`` is the task's name, ``input`` the input's name, ``path`` where in the value
    the problem is (``li[2]``, ``d['k']``) and ``reason`` what is wrong with it.
    """

    def __init__(self, task: str, input: str, path: str, reason: str) -> None:
        super().__init__(
            f"Failed to Bind variable '{input}' for function '{task}': {path}: {reason}"
        )
        self.task = task
        self.input = input
        self.path = path
        self.reason = reason
