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

    action: Literal["add", "replace", "same", "remove"]
    """``remove``: a figure already stored that would now reveal a small group."""
    metric: str
    scope: str
    team: str | None
    week: dt.date
    value: float
    sample_size: int | None
    old_value: float | None = None


@dataclass(frozen=True)
class PopulationLine:
    """One line of the split: a scope (team None: its total) with its people and rows."""

    scope: str
    team: str | None
    people: int
    rows: int


@dataclass(frozen=True)
class ImportReport:
    source: str
    """The data file's base name (shown, never stored)."""
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
    """The minimum group applied (never below 5)."""
    min_group_asked: int | None = None
    groups_suppressed: int = 0
    """Teams with at least one figure withheld for privacy."""
    figures_suppressed: int = 0
    withheld: tuple[tuple[str, int], ...] = ()
    """(reason, figures): small, extreme, subtraction (planner.usage.privacy)."""
    removed: int = 0
    """Figures stored earlier and removed: with the new ones they would reveal a small group."""
    unassigned_users: int = 0
    """People with no team counted in a stage total."""
    stored_source: str = ""
    """The neutral ``source`` written with every measurement."""
    populations: tuple[PopulationLine, ...] = ()
    """People and rows per stage fed and team, before anything is stored."""
    outside_people: int = 0
    """People whose team is in no stage fed: counted here, stored nowhere."""
    outside_rows: int = 0
    no_team_people: int = 0
    """People with no team while several stages are fed: counted in none."""
    skipped_stages: tuple[tuple[str, str], ...] = ()
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
        out += self.split_lines()
        out += [f"  {row}" for row in self.refused]
        if self.rows_refused > len(self.refused):
            out.append(f"  … and {self.rows_refused - len(self.refused):,} more refused rows")
        out.append(
            f"Measurements: {self.added} added{_weeks(self.weeks_added)}, "
            f"{self.replaced} replaced{_weeks(self.weeks_replaced)}, "
            f"{self.unchanged} already up to date"
        )
        privacy = f"Privacy: aggregates only; groups smaller than {self.min_group} are not stored"
        if self.min_group_asked is not None and self.min_group_asked < self.min_group:
            privacy += f" ({self.min_group_asked} was asked; 5 is the floor)"
        if self.figures_suppressed:
            privacy += (
                f"; {self.figures_suppressed} figure(s) of {self.groups_suppressed} team(s) "
                "withheld"
            )
        out.append(privacy)
        for reason, count in self.withheld:
            out.append(f"  {count} withheld: {WITHHELD.get(reason, reason)}")
        if self.removed:
            out.append(
                f"  {self.removed} figure(s) stored earlier removed: beside the new figures "
                "they would reveal a small group by subtraction"
            )
        if self.unassigned_users:
            out.append(
                f"  {self.unassigned_users:,} user(s) with no team: counted in the stage total only"
            )
        out.append(f"Stored as source: {self.stored_source}")
        out += [f"Note: {note}" for note in self.notes]
        out += [f"Warning: {warning}" for warning in self.warnings]
        return out

    def split_lines(self) -> list[str]:
        """People and rows per stage and team, and outside the programme."""
        if not self.populations and not self.outside_people and not self.no_team_people:
            return []
        out = ["Populations (people, rows):"]
        for line in self.populations:
            if line.team is None:
                out.append(f"  {line.scope}: {line.people:,} people, {line.rows:,} rows")
            else:
                out.append(f"    {line.team}: {line.people:,} people, {line.rows:,} rows")
        if self.outside_people:
            out.append(
                f"  outside the programme (teams in no stage fed): {self.outside_people:,} "
                f"people, {self.outside_rows:,} rows — stored nowhere"
            )
        if self.no_team_people:
            out.append(
                f"  no team, several stages fed: {self.no_team_people:,} people — counted in none"
            )
        return out


WITHHELD = {
    "small": "over fewer people than the minimum group",
    "extreme": "0 % or 100 % of a group of fewer than 13 people (it tells each member's status)",
    "subtraction": "would reveal a smaller group by subtraction from the total",
}


def _weeks(weeks: tuple[dt.date, ...]) -> str:
    if not weeks:
        return ""
    if len(weeks) <= 4:
        return " (weeks of " + ", ".join(w.isoformat() for w in weeks) + ")"
    return f" ({len(weeks)} weeks, {weeks[0].isoformat()} to {weeks[-1].isoformat()})"
