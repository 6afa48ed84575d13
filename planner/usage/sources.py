"""Turning the rows of each layout into typed records, refusing bad rows.

A refused row is logged with its line number and the reason, and is left
out; the caller decides whether any refusal stops the import. Per-user
records keep **no identity**: a user is a small integer local to one import
(or nothing at all), and only their team label, dates and counts are kept.

How a row's cells are read in the context of an import (columns, decimal
separator, teams, the as-of date) is in :mod:`planner.usage.context`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from planner.usage.context import (
    MappingTally,
    ReadContext,
    cell_text,
    future_problem,
    required_text,
    user_key,
)
from planner.usage.errors import CellError, UsageImportError
from planner.usage.layouts import app_label, norm
from planner.usage.readers import RawRow
from planner.usage.report import RowLog
from planner.usage.values import (
    Cell,
    DateCache,
    DateOrder,
    monday,
    parse_count,
    parse_date,
    parse_number,
)

__all__ = [  # the context's names are used from here too
    "ActivitySnapshot",
    "MappingTally",
    "ReadContext",
    "TidyRow",
    "TrendData",
    "TrendDay",
    "UserActivity",
    "UserWeek",
    "WeeklyData",
    "user_key",
]

# ---------------------------------------------------------------- tidy


@dataclass(frozen=True)
class TidyRow:
    line: int
    week: dt.date
    metric: str
    scope: str | None
    team: str | None
    value: float
    sample_size: int | None


def read_tidy(rows: Iterator[RawRow], ctx: ReadContext, log: RowLog) -> list[TidyRow]:
    dates = DateCache(ctx.label("week"), ctx.date_order)
    pending: list[tuple[int, Cell, str, str | None, str | None, float, int | None]] = []
    for line, cells in rows:
        log.read += 1
        raw_week = ctx.get(cells, "week")
        dates.observe(raw_week)
        try:
            metric = ctx.parsed(cells, "metric", required_text)
            value = ctx.parsed(cells, "value", lambda v: parse_number(v, ctx.decimal))
            sample = None
            if ctx.get(cells, "sample_size") is not None:
                sample = ctx.parsed(cells, "sample_size", lambda v: parse_count(v, ctx.decimal))
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        scope = ctx.get(cells, "scope")
        team = ctx.get(cells, "team")
        pending.append(
            (
                line,
                raw_week,
                metric,
                None if scope is None else cell_text(scope),
                None if team is None else cell_text(team),
                value,
                sample,
            )
        )
    out: list[TidyRow] = []
    for line, raw_week, metric, scope, team, value, sample in pending:
        try:
            day = dates.parse(raw_week)
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        problem = future_problem(day, ctx, "week")
        if problem:
            log.refuse(line, problem)
            continue
        out.append(TidyRow(line, monday(day), metric, scope, team, value, sample))
    return out


# ------------------------------------------------------- copilot trend


@dataclass(frozen=True)
class TrendDay:
    line: int
    day: dt.date
    enabled: int
    active: int


@dataclass
class TrendData:
    app: str
    """The app's name as shown (``Any app``, ``Microsoft Teams`` …)."""
    days: list[TrendDay]


def trend_columns(ctx: ReadContext) -> tuple[str, dict[str, int]]:
    counts = ctx.match.app_counts
    if "mapped" in counts:
        return "mapped columns", counts["mapped"]
    if ctx.app in counts:
        return app_label(ctx.app), counts[ctx.app]
    apps = ", ".join(app_label(k) for k in counts)
    raise UsageImportError(
        f"the trend has no Enabled/Active Users columns for {app_label(ctx.app)}; "
        f"it has them for: {apps} (choose one with --app)"
    )


def read_trend(rows: Iterator[RawRow], ctx: ReadContext, log: RowLog) -> TrendData:
    app, columns = trend_columns(ctx)
    dates = DateCache(ctx.label("date"), ctx.date_order)
    header = ctx.match.header
    pending: list[tuple[int, Cell, int, int]] = []
    for line, cells in rows:
        log.read += 1
        raw_day = ctx.get(cells, "date")
        dates.observe(raw_day)
        try:
            enabled, active = (
                _count_at(cells, columns[what], header, ctx.decimal)
                for what in ("enabled", "active")
            )
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        if active > enabled:
            log.refuse(line, f"more active users ({active}) than enabled users ({enabled})")
            continue
        pending.append((line, raw_day, enabled, active))
    days: list[TrendDay] = []
    seen: dict[dt.date, int] = {}
    for line, raw_day, enabled, active in pending:
        try:
            day = dates.parse(raw_day)
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        problem = future_problem(day, ctx, "date")
        if problem:
            log.refuse(line, problem)
            continue
        if day in seen:
            log.refuse(line, f"a second row for {day.isoformat()} (first at line {seen[day]})")
            continue
        seen[day] = line
        days.append(TrendDay(line, day, enabled, active))
    return TrendData(app, days)


def _count_at(cells: tuple[Cell, ...], index: int, header: tuple[str, ...], decimal: str) -> int:
    value = cells[index] if index < len(cells) else None
    try:
        return parse_count(value, decimal)
    except CellError as exc:
        raise CellError(f"{header[index]}: {exc}") from None


# ------------------------------------------------ copilot per-user activity


@dataclass(frozen=True)
class UserActivity:
    line: int
    team: str | None
    last_activity: dt.date | None
    """None: enabled but never active."""
    prompts: float | None


@dataclass
class ActivitySnapshot:
    report_date: dt.date
    period_days: int | None
    app: str
    users: list[UserActivity]
    has_prompts: bool
    warnings: list[str] = field(default_factory=list)


def read_user_activity(rows: Iterator[RawRow], ctx: ReadContext, log: RowLog) -> ActivitySnapshot:
    match = ctx.match
    if ctx.app == "any":
        last_columns = (
            [match.columns["last_activity"]]
            if "last_activity" in match.columns
            else list(match.app_last.values())
        )
        app = app_label("any")
    elif ctx.app in match.app_last:
        last_columns, app = [match.app_last[ctx.app]], app_label(ctx.app)
    else:
        apps = ", ".join(app_label(k) for k in match.app_last) or "none"
        raise UsageImportError(
            f"the report has no last-activity column for {app_label(ctx.app)} "
            f"(apps with a column: {apps})"
        )
    dates = DateCache("last activity date", ctx.date_order)
    refresh = DateCache(
        ctx.label("refresh_date") if "refresh_date" in match.columns else "", ctx.date_order
    )
    periods: set[int] = set()
    pending: list[tuple[int, str | None, list[Cell], float | None]] = []
    refresh_values: set[Cell] = set()
    seen: dict[str, int] = {}
    for line, cells in rows:
        log.read += 1
        try:
            user = ctx.parsed(cells, "user", required_text)
            prompts: float | None = None
            if ctx.get(cells, "prompts") is not None:
                prompts = ctx.parsed(cells, "prompts", lambda v: parse_count(v, ctx.decimal))
            if ctx.get(cells, "period") is not None:
                periods.add(ctx.parsed(cells, "period", _period))
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        key = user_key(user)
        if key in seen:
            log.refuse(line, f"a second row for the same user (first at line {seen[key]})")
            continue
        seen[key] = line
        raw_last = [cells[i] if i < len(cells) else None for i in last_columns]
        for value in raw_last:
            dates.observe(value)
        raw_refresh = ctx.get(cells, "refresh_date")
        if raw_refresh is not None:
            refresh.observe(raw_refresh)
            refresh_values.add(raw_refresh)
        pending.append((line, ctx.team_for(user, cells), raw_last, prompts))
    seen.clear()  # identities are not needed any more
    report_date, warnings = _report_date(refresh, refresh_values, ctx)
    problem = future_problem(report_date, ctx, "the report date")
    if problem:
        raise UsageImportError(problem)
    users: list[UserActivity] = []
    for line, team, raw_last, prompts in pending:
        try:
            days = [dates.parse(v) for v in raw_last if v is not None]
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        last = max(days) if days else None
        if last is not None and last > report_date:
            log.refuse(
                line,
                f"last activity {last.isoformat()} is after the report date "
                f"{report_date.isoformat()}",
            )
            continue
        users.append(UserActivity(line, team, last, prompts))
    period = None
    if len(periods) == 1:
        period = periods.pop()
    elif periods:
        warnings.append("the rows give different report periods; prompts are not used")
    has_prompts = "prompts" in match.columns
    return ActivitySnapshot(report_date, period, app, users, has_prompts, warnings)


def _period(value: Cell) -> int:
    text = cell_text(value).upper().removeprefix("D") if value is not None else ""
    try:
        days = parse_count(text)
    except CellError:
        raise CellError(f"'{value}' is not a report period in days (7, 30, 90, 180)") from None
    if not 1 <= days <= 366:
        raise CellError(f"'{value}' is not a report period in days (7, 30, 90, 180)")
    return days


def _report_date(
    refresh: DateCache, values: set[Cell], ctx: ReadContext
) -> tuple[dt.date, list[str]]:
    warnings: list[str] = []
    dates: set[dt.date] = set()
    for value in values:
        try:
            dates.add(refresh.parse(value))
        except CellError as exc:
            raise UsageImportError(f"the report refresh date cannot be read: {exc}") from None
    if dates:
        if len(dates) > 1:
            warnings.append(f"the rows give {len(dates)} report refresh dates; the latest is used")
        if ctx.report_date is not None and ctx.report_date not in dates:
            warnings.append(
                "--report-date differs from the file's Report Refresh Date; the file's date is used"
            )
        return max(dates), warnings
    if ctx.report_date is not None:
        return ctx.report_date, warnings
    found = preamble_report_date(ctx.preamble, ctx.date_order)
    if found is not None:
        return found, warnings
    raise UsageImportError(
        "the report date is unknown: the file has no Report Refresh Date; "
        "give the date the report was taken with --report-date"
    )


def preamble_report_date(preamble: Sequence[RawRow], order: DateOrder | None) -> dt.date | None:
    """A "Report Refresh Date: 2026-03-08" line above the header, if any."""
    for _line, cells in preamble:
        texts = [c for c in cells if c is not None]
        if not texts or not isinstance(texts[0], str):
            continue
        label, _, rest = texts[0].partition(":")
        if "refresh date" not in norm(label) and norm(label) != "report date":
            continue
        candidates: list[Cell] = [rest.strip()] if rest.strip() else []
        candidates += texts[1:2]
        for candidate in candidates:
            try:
                return parse_date(candidate, order or "dmy")
            except CellError:
                continue
    return None


# ----------------------------------------------- per-user weekly actions


class UserWeek(NamedTuple):
    """One person's week (a named tuple: files hold millions of these)."""

    user: int
    """A number local to this import, never the person's identifier."""
    week: dt.date
    team: str | None
    actions: float
    enabled: bool


@dataclass
class WeeklyData:
    rows: list[UserWeek]
    notes: list[str] = field(default_factory=list)


def read_weekly_actions(rows: Iterator[RawRow], ctx: ReadContext, log: RowLog) -> WeeklyData:
    dates = DateCache(ctx.label("week"), ctx.date_order)
    users: dict[str, int] = {}
    columns = ctx.match.columns
    week_at, days_at = columns["week"], columns.get("enabled_days")
    pending: list[tuple[int, int, Cell, str | None, float, bool]] = []
    for line, cells in rows:
        log.read += 1
        raw_week = cells[week_at] if week_at < len(cells) else None
        dates.observe(raw_week)
        try:
            user = ctx.parsed(cells, "user", required_text)
            actions = ctx.parsed(cells, "actions", lambda v: _non_negative(v, ctx.decimal))
            enabled = True
            if days_at is not None and days_at < len(cells) and cells[days_at] is not None:
                days = ctx.parsed(cells, "enabled_days", lambda v: parse_count(v, ctx.decimal))
                enabled = days > 0 or actions > 0
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        number = users.setdefault(user_key(user), len(users))
        pending.append((line, number, raw_week, ctx.team_for(user, cells), actions, enabled))
    users.clear()  # identities are not needed any more
    resolved: dict[Cell, dt.date | str] = {}
    for raw in {p[2] for p in pending}:
        try:
            day = dates.parse(raw)
            resolved[raw] = future_problem(day, ctx, "week") or day
        except CellError as exc:
            resolved[raw] = str(exc)
    days_seen = {d for d in resolved.values() if isinstance(d, dt.date)}
    notes: list[str] = []
    shift = dt.timedelta(0)
    if days_seen and all(d.weekday() == 6 for d in days_seen):
        # Viva Insights weeks start on Sunday: Sunday 5 → the ISO week of Monday 6.
        shift = dt.timedelta(days=1)
        notes.append(
            "weeks in the file start on Sundays (Viva Insights): each is counted "
            "in the ISO week starting the next day"
        )
    elif any(d.weekday() != 0 for d in days_seen):
        notes.append("dates that are not Mondays were counted in their ISO week (Monday–Sunday)")
    weeks = {d: monday(d + shift) for d in days_seen}
    combined: dict[tuple[int, dt.date], UserWeek] = {}
    seen_day: dict[tuple[int, dt.date], int] = {}
    for line, number, raw_week, team, actions, enabled in pending:
        found = resolved[raw_week]
        if isinstance(found, str):
            log.refuse(line, found)
            continue
        first = seen_day.setdefault((number, found), line)
        if first != line:
            log.refuse(line, f"a second row for the same person and date (first at line {first})")
            continue
        week = weeks[found]
        previous = combined.get((number, week))
        if previous is not None:  # daily rows: add up the week
            actions += previous.actions
            enabled = enabled or previous.enabled
            team = team or previous.team
        combined[(number, week)] = UserWeek(number, week, team, actions, enabled)
    return WeeklyData(list(combined.values()), notes)


def _non_negative(value: Cell, decimal: str) -> float:
    number = parse_number(value, decimal)
    if number < 0:
        raise CellError(f"{number:g} is negative; a count of actions cannot be")
    return number
