"""The import report: what was read, what was refused and why, what changes.

It names rows by line number and teams by name, never a person: the report
is printed and shown, and people's identities must not leak through it either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from planner.i18n import N_, _, format_day, ngettext
from planner.numbers import NumberKind, grouped_text
from planner.usage.privacy import MIN_GROUP_FLOOR

MAX_LISTED_REFUSALS = 50


@dataclass(frozen=True)
class RefusedRow:
    line: int
    reason: str
    unit: str = "line"

    def __str__(self) -> str:
        if self.unit == "line":
            return _("line {line}: {reason}", line=self.line, reason=self.reason)
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
        """The report as plain lines for a terminal or a dialog, in the planner's language."""
        out = [
            _("Usage import from {source}: {layout}", source=self.source,
              layout=self.layout_title),
            "  " + _("file: {format}; figures for {scope}", format=self.file_format,
                     scope=self.scope),
            _("Rows: {read} read, {used} used, {refused} refused", read=_count(self.rows_read),
              used=_count(self.rows_used), refused=_count(self.rows_refused)),
        ]  # fmt: skip
        out += self.split_lines()
        out += [f"  {row}" for row in self.refused]
        if self.rows_refused > len(self.refused):
            more = self.rows_refused - len(self.refused)
            out.append("  " + ngettext("… and {shown} more refused row",
                                       "… and {shown} more refused rows", more,
                                       shown=_count(more)))  # fmt: skip
        out.append(_(
            "Measurements: {added} added{added_weeks}, {replaced} replaced{replaced_weeks}, "
            "{unchanged} already up to date",
            added=self.added, added_weeks=_weeks(self.weeks_added), replaced=self.replaced,
            replaced_weeks=_weeks(self.weeks_replaced), unchanged=self.unchanged,
        ))  # fmt: skip
        privacy = _("Privacy: aggregates only; groups smaller than {size} are not stored",
                    size=self.min_group)  # fmt: skip
        if self.min_group_asked is not None and self.min_group_asked < MIN_GROUP_FLOOR:
            privacy = _("{privacy} ({asked} was asked; 5 is the floor)", privacy=privacy,
                        asked=self.min_group_asked)  # fmt: skip
        if self.figures_suppressed:
            privacy = _("{privacy}; {figures} figure(s) of {teams} team(s) withheld",
                        privacy=privacy, figures=self.figures_suppressed,
                        teams=self.groups_suppressed)  # fmt: skip
        out.append(privacy)
        for reason, number in self.withheld:
            why = _(WITHHELD[reason]) if reason in WITHHELD else reason
            out.append("  " + _("{count} withheld: {reason}", count=number, reason=why))
        if self.removed:
            out.append("  " + _("{count} figure(s) stored earlier removed: beside the new figures "
                                "they would reveal a small group by subtraction",
                                count=self.removed))  # fmt: skip
        if self.unassigned_users:
            out.append("  " + _("{count} user(s) with no team: counted in the stage total only",
                                count=_count(self.unassigned_users)))  # fmt: skip
        out.append(_("Stored as source: {source}", source=self.stored_source))
        out += [_("Note: {note}", note=note) for note in self.notes]
        out += [_("Warning: {sentence}", sentence=warning) for warning in self.warnings]
        return out

    def split_lines(self) -> list[str]:
        """People and rows per stage and team, and outside the programme."""
        if not self.populations and not self.outside_people and not self.no_team_people:
            return []
        out = [_("Populations (people, rows):")]
        for line in self.populations:
            values = {"people": _count(line.people), "rows": _count(line.rows)}
            if line.team is None:
                out.append("  " + _("{scope}: {people} people, {rows} rows", scope=line.scope,
                                    **values))  # fmt: skip
            else:
                out.append("    " + _("{scope}: {people} people, {rows} rows", scope=line.team,
                                      **values))  # fmt: skip
        if self.outside_people:
            out.append("  " + _("outside the programme (teams in no stage fed): {people} people, "
                                "{rows} rows — stored nowhere", people=_count(self.outside_people),
                                rows=_count(self.outside_rows)))  # fmt: skip
        if self.no_team_people:
            out.append("  " + _("no team, several stages fed: {people} people — counted in none",
                                people=_count(self.no_team_people)))  # fmt: skip
        return out


WITHHELD = {
    "small": N_("over fewer people than the minimum group"),
    "extreme": N_("0 % or 100 % of a group of fewer than 13 people (it tells each member's "
                  "status)"),
    "subtraction": N_("would reveal a smaller group by subtraction from the total"),
}  # fmt: skip


def _count(number: int) -> str:
    return grouped_text(number, NumberKind.COUNT)


def _weeks(weeks: tuple[dt.date, ...]) -> str:
    if not weeks:
        return ""
    if len(weeks) <= 4:
        return " " + _("(weeks of {days})", days=", ".join(format_day(w) for w in weeks))
    # Dates as people read them (4 Dec 2026): the report is shown in the app's import dialog.
    return " " + _("({count} weeks, {first} to {last})", count=len(weeks),
                   first=format_day(weeks[0]), last=format_day(weeks[-1]))  # fmt: skip
