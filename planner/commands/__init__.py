"""Sub-commands of ``pilot-planner``; one module each.

A command module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``. It reports user mistakes by raising
:class:`CommandError` (printed one line per problem, exit code 1).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

COMMANDS: list[str] = [
    "planner.commands.new",
    "planner.commands.validate",
    "planner.commands.show",
    "planner.commands.gates",
    "planner.commands.diff",
    "planner.commands.merge",
    "planner.commands.baseline",
    "planner.commands.import_usage",
    "planner.commands.export",
]


def command_name(module: str) -> str:
    """``planner.commands.import_usage`` → ``import-usage`` (each module's ``NAME``)."""
    return module.rsplit(".", 1)[1].replace("_", "-")


class CommandError(Exception):
    """A user mistake: printed without a traceback, one line per problem."""

    def __init__(self, lines: str | Iterable[str], exit_code: int = 1) -> None:
        self.lines = [lines] if isinstance(lines, str) else [str(line) for line in lines]
        self.exit_code = exit_code
        super().__init__("; ".join(self.lines))


def emit(text: str) -> None:
    """Print without failing on a console that cannot show every character."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (| head): not an error. Silence the final flush too.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
