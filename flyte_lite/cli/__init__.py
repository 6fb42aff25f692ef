"""The ``flyte-lite`` command line: ``show``, ``ls``, ``convert`` and ``diff`` for task specs.

Run ``flyte-lite --help`` (or ``python -m flyte_lite --help``).
"""

from flyte_lite.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
