"""Sub-commands of ``pilot-planner``; one module each.

A command module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``. It reports user mistakes by raising
:class:`CommandError` (printed one line per problem, exit code 1). A command
that writes for people takes ``--lang`` (:func:`add_language_option`):
:func:`planner.cli.main` runs it in that language, else the app's, else the
system's (:func:`planner.i18n.default_language`); ``--json`` keys never change.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from planner import i18n
from planner.model.types import FIRST_DAY, LAST_DAY

if TYPE_CHECKING:
    from planner.model.entities import Roadmap

COMMAND_NAMES: tuple[str, ...] = (
    "new",
    "validate",
    "show",
    "gates",
    "adoption",
    "value",
    "diff",
    "merge",
    "baseline",
    "import-usage",
    "import-project",
    "export",
    "register",
    "scale-out",
    "desktop-install",
    "desktop-uninstall",
)
"""The sub-commands, in the order ``--help`` lists them; each is the module
``planner.commands.<name with _ for ->`` (see :func:`planner.cli.command_module`)."""


def safe_text(text: str) -> str:
    """``text`` with control characters shown escaped (``\\x1b``, ``\\n``), so that
    a file name or a typed text can never move the cursor, rewrite the screen or
    forge a line on a terminal."""
    if text.isprintable():
        return text
    # Not printable: control characters, and format marks such as a right-to-left override.
    # No-break spaces are kept: French typography puts them before ":" and "%".
    return "".join(
        ch if ch.isprintable() or ch in _SPACES else ch.encode("unicode_escape").decode()
        for ch in text
    )


_SPACES = frozenset("\u00a0\u202f\u2009")
"""No-break, narrow no-break and thin spaces: harmless on a terminal."""


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang en|fr``: the language of what the command prints for people."""
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        metavar="{en,fr}",
        help="the language of the report: en or fr (default: the app's language, else the "
        "system's); dates and numbers follow it, --json keys do not change",
    )


def day_argument(text: str) -> dt.date:
    """argparse type of every date option (``--as-of``, ``--report-date`` …): a date
    ``YYYY-MM-DD`` within the dates a roadmap may hold, else a usage error (exit 2)."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{safe_text(text)}' is not a valid date (expected YYYY-MM-DD)"
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{day.isoformat()} is outside the dates the app supports "
            f"({FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})"
        )
    return day


def add_as_of_option(parser: argparse.ArgumentParser, help: str) -> None:
    """``--as-of DATE`` (default: None, which the command takes as today)."""
    parser.add_argument("--as-of", type=day_argument, default=None, metavar="DATE", help=help)


def open_roadmap(file: str) -> Roadmap:
    """The roadmap in ``file``, or :class:`CommandError` naming each problem and its place."""
    from planner.file import storage  # not at start-up: ``--help`` reads no roadmap

    try:
        return storage.load(file)
    except storage.RoadmapLoadError as exc:
        raise CommandError(f"{file}: {problem}" for problem in exc.problems) from None


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
