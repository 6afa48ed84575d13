"""The steering-committee workbook (DESIGN §5): an ``.xlsx`` export of a roadmap.

Importing this package is cheap: openpyxl is imported only when a workbook is
written (:func:`export_workbook` loads :mod:`planner.workbook.export` on call),
so the command line and the desktop app start without it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence

from planner.model.entities import Roadmap

SHEET_NAMES: tuple[str, ...] = (
    "Summary",
    "Timeline",
    "Gates",
    "Adoption",
    "Use cases",
    "Friction points",
    "People & training",
    "Data sources",
    "Decisions",
    "Risks",
)
"""The sheets of the workbook, in tab order (``Changes`` is added when changes are given)."""

CHANGES_SHEET = "Changes"


def chosen_sheets(sheets: Sequence[str] | None, with_changes: bool = False) -> list[str]:
    """The sheets to write, in tab order; ``ValueError`` names any unknown sheet.

    Names match case-insensitively, so ``--sheets summary,gates`` works.
    """
    known = [*SHEET_NAMES, CHANGES_SHEET] if with_changes else list(SHEET_NAMES)
    if sheets is None:
        return known
    by_key = {name.casefold(): name for name in known}
    unknown = [s for s in sheets if s.strip().casefold() not in by_key]
    if unknown:
        raise ValueError(
            f"unknown sheet {', '.join(repr(s) for s in unknown)}; "
            f"the sheets are: {', '.join(known)}"
        )
    wanted = {by_key[s.strip().casefold()] for s in sheets}
    if not wanted:
        raise ValueError("no sheet chosen")
    return [name for name in known if name in wanted]


Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, step)`` after each sheet and once the file is written."""


def export_workbook(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    *,
    as_of: dt.date,
    sheets: Sequence[str] | None = None,
    progress: Progress | None = None,
    changes: Sequence[tuple[str, str]] | None = None,
    baseline_id: str | None = None,
) -> None:
    """Write the steering-committee workbook of ``roadmap`` to ``path``.

    ``sheets`` chooses a subset of :data:`SHEET_NAMES` (tab order is kept);
    ``changes`` — (group, sentence) pairs — adds a *Changes* sheet;
    ``baseline_id`` picks the baseline the timeline compares with (default: the
    newest). The same roadmap and ``as_of`` always give the same file.
    Raises ``ValueError`` for an unknown sheet or baseline.
    """
    from planner.workbook.export import write

    write(
        roadmap,
        path,
        as_of=as_of,
        sheets=sheets,
        progress=progress,
        changes=changes,
        baseline_id=baseline_id,
    )
