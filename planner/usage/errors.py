"""The two error types of the usage import.

:class:`CellError` refuses one value (the row is refused and reported with
its line number); :class:`UsageImportError` refuses the whole file, and
nothing is changed. No other exception escapes the import for a bad file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.usage.report import ImportReport


class CellError(ValueError):
    """One value that cannot be read (a number, a date); says why in words."""


class UsageImportError(ValueError):
    """The file cannot be imported; ``lines`` say what is wrong, one problem each.

    ``report`` is set when the file was read but rows were refused (strict
    mode): it carries the counts and the refused rows so a preview can show
    them and offer to import the good rows anyway.
    """

    def __init__(self, lines: str | Iterable[str], report: ImportReport | None = None) -> None:
        self.lines = [lines] if isinstance(lines, str) else [str(line) for line in lines]
        self.report = report
        super().__init__("; ".join(self.lines))


class ImportCancelled(Exception):
    """The user cancelled the import while the file was read: nothing was planned."""


def shown(value: object, limit: int = 40) -> str:
    """A cell value quoted for a message, cut short so a message stays one line."""
    text = str(value).replace("\n", " ").replace("\r", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"
