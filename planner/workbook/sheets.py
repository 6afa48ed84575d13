"""The sheets of the workbook: their titles in tab order, and choosing some of them
(the command line's ``--sheets``, the app's export options)."""

from __future__ import annotations

from collections.abc import Sequence

SHEET_NAMES: tuple[str, ...] = (
    "Summary",
    "Timeline",
    "Gates",
    "Adoption",
    "Feedback",
    "Value",
    "Use cases",
    "Friction points",
    "People & training",
    "Data sources",
    "Decisions",
    "Risks",
    "Register",
    "Scale-out",
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
