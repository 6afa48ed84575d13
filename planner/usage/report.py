"""The import report: what was read, what was refused and why, what changes.

It names rows by line number and teams by name, never a person: the report
is printed and shown, and people's identities must not leak through it either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

MAX_LISTED_REFUSALS = 50


@dataclass(frozen=True)
class RefusedRow:
    line: int
    reason: str
    unit: str = "line"

    def __str__(self) -> str:
        return f"{self.unit} {self.line}: {self.reason}"


@dataclass
class RowLog:
    """Counts rows as they are read and keeps the first refusals (with the total)."""

    unit: str = "line"
    read: int = 0
    refused_count: int = 0
    refused: list[RefusedRow] = field(default_factory=list)
    refused_lines: set[int] = field(default_factory=set)

    def refuse(self, line: int, reason: str) -> None:
        if line in self.refused_lines:
            return
        self.refused_lines.add(line)
        self.refused_count += 1
        if len(self.refused) < MAX_LISTED_REFUSALS:
            self.refused.append(RefusedRow(line, reason, self.unit))

    @property
    def used(self) -> int:
        return self.read - self.refused_count


@dataclass(frozen=True)
class Change:
    """One measurement the import adds, replaces or finds already stored."""

    action: Literal["add", "replace", "same"]
    metric: str
    scope: str
    team: str | None
    week: dt.date
    value: float
    sample_size: int | None
    old_value: float | None = None


@dataclass(frozen=True)
class ImportReport:
    source: str
    """The data file's base name (also the ``source`` of the measurements)."""
    layout: str
    layout_title: str
    file_format: str
    scope: str
    """Where the figures go, in words: ``stage 'Writing assistance'``."""
    rows_read: int = 0
    rows_used: int = 0
    rows_refused: int = 0
    refused: tuple[RefusedRow, ...] = ()
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    weeks_added: tuple[dt.date, ...] = ()
    weeks_replaced: tuple[dt.date, ...] = ()
    min_group: int = 5
    groups_suppressed: int = 0
    """Teams with at least one figure not stored because the group was too small."""
    figures_suppressed: int = 0
    unassigned_users: int = 0
    """People with no team: counted in the stage total only."""
    notes: tuple[str, ...] = ()
    """How the stored figures were computed."""
    warnings: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)

    def lines(self) -> list[str]:
        """The report as plain lines for a terminal or a dialog."""
        out = [
            f"Usage import from {self.source}: {self.layout_title}",
            f"  file: {self.file_format}; figures for {self.scope}",
            f"Rows: {self.rows_read:,} read, {self.rows_used:,} used, "
            f"{self.rows_refused:,} refused",
        ]
        out += [f"  {row}" for row in self.refused]
        if self.rows_refused > len(self.refused):
            out.append(f"  … and {self.rows_refused - len(self.refused):,} more refused rows")
        out.append(
            f"Measurements: {self.added} added{_weeks(self.weeks_added)}, "
            f"{self.replaced} replaced{_weeks(self.weeks_replaced)}, "
            f"{self.unchanged} already up to date"
        )
        privacy = f"Privacy: aggregates only; groups smaller than {self.min_group} are not stored"
        if self.figures_suppressed:
            privacy += (
                f"; {self.figures_suppressed} figure(s) of {self.groups_suppressed} group(s) "
                "suppressed"
            )
        out.append(privacy)
        if self.unassigned_users:
            out.append(
                f"  {self.unassigned_users:,} user(s) with no team: counted in the total only"
            )
        out += [f"Note: {note}" for note in self.notes]
        out += [f"Warning: {warning}" for warning in self.warnings]
        return out


def _weeks(weeks: tuple[dt.date, ...]) -> str:
    if not weeks:
        return ""
    if len(weeks) <= 4:
        return " (weeks of " + ", ".join(w.isoformat() for w in weeks) + ")"
    return f" ({len(weeks)} weeks, {weeks[0].isoformat()} to {weeks[-1].isoformat()})"
