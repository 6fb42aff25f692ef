"""Errors raised when a FlyteTask is used inside a workflow."""

from __future__ import annotations

__all__ = ["BindingError", "FlyteAssertion"]


class FlyteAssertion(AssertionError):
    """A call that cannot make a node: flytekit's ``FlyteAssertion``, with the same messages.

    It prints as flytekit's does: ``USER:AssertionError: error=<message>`` (the arguments
    joined with commas, then ``, cause=...`` when raised from another exception).
    """

    def __str__(self) -> str:
        text = f"error={','.join(str(a) for a in self.args) if self.args else 'None'}"
        if self.__cause__ is not None:
            text += f", cause={self.__cause__}"
        return f"USER:AssertionError: {text}"


class BindingError(FlyteAssertion):
    """A value that cannot be bound to a task input.

    ``task`` is the task's name, ``input`` the input's name, ``path`` where in the value
    the problem is (``li[2]``, ``d['k']``) and ``reason`` what is wrong with it. It prints
    as its message alone, as flytekit's binding errors do (they are not FlyteAssertions).
    """

    def __init__(self, task: str, input: str, path: str, reason: str) -> None:
        super().__init__(
            f"Failed to Bind variable '{input}' for function '{task}': {path}: {reason}"
        )
        self.task = task
        self.input = input
        self.path = path
        self.reason = reason

    __str__ = AssertionError.__str__
