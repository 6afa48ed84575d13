"""From per-user records to cohort figures per ISO week, per team and in total.

Definitions (anchors.md d.1, after Microsoft's Copilot reports and Viva Insights):

* **active users %** — people who took at least one Copilot action in the
  week, as a percentage of the *enabled* people (those listed in the file
  for that week). When the file lists only active people (no row with zero
  actions) there is no enabled count: the *eligible* population is used
  instead (a team's headcount; for the total, the stage's target users, else
  the headcount of its teams). The report says which.
* **habitual users %** — people active in **at least 9 of the last 12
  weeks**; while the file holds fewer than 12 weeks of history, active in
  **4 of the last 4 weeks** (the early-rollout rule); not computed for the
  first 3 weeks. Same denominator as active users.
* **actions per active user per week** — the week's actions of active
  people divided by their number.

Privacy: a figure computed over fewer than ``min_group`` people is not
produced (suppressed). A team figure is also suppressed when, together with
the total, it would reveal a smaller group by subtraction (the people not
covered by stored team figures must be none or at least ``min_group``).
People with no team count in the total only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from planner.usage.sources import ActivitySnapshot, TrendData, UserWeek
from planner.usage.values import monday

WEEK = dt.timedelta(days=7)
HABIT_WEEKS, HABIT_ACTIVE = 12, 9
EARLY_WEEKS, EARLY_ACTIVE = 4, 4


class Quantity(StrEnum):
    ACTIVE = "active"
    """Active users as % of enabled (or eligible) people."""
    HABITUAL = "habitual"
    """Habitual users as % of enabled (or eligible) people."""
    ACTIONS = "actions"
    """Actions (or prompts) per active user per week."""
    SATISFACTION = "satisfaction"
    """Survey: mean agreement score, 0–100 (planner.usage.survey)."""
    MINUTES_SAVED = "minutes_saved"
    """Survey: minutes saved per day, self-reported."""


QUANTITY_LABELS = {
    Quantity.ACTIVE: "active users %",
    Quantity.HABITUAL: "habitual users %",
    Quantity.ACTIONS: "actions per active user per week",
    Quantity.SATISFACTION: "satisfaction score (0–100)",
    Quantity.MINUTES_SAVED: "minutes saved per day",
}

TeamOf = Callable[[str | None], str | None]
"""Team label from the file → team id in the roadmap (None: no team)."""
Eligible = Callable[[str | None], int]
"""Team id (None: the whole scope) → eligible people (0: unknown)."""


@dataclass(frozen=True)
class Figure:
    quantity: Quantity
    week: dt.date
    team_id: str | None
    """None: the whole scope (every person, with or without a team)."""
    value: float
    sample_size: int


@dataclass
class Cohorts:
    figures: list[Figure] = field(default_factory=list)
    suppressed: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unassigned_users: int = 0
    over_enabled: bool = False
    """Active users are a share of the people enabled (licensed) listed in the file."""

    def seats(self) -> dict[dt.date, int]:
        """Seats in use per week: the enabled people of the stored total figures."""
        if not self.over_enabled:
            return {}
        return {f.week: f.sample_size for f in self.figures
                if f.quantity is Quantity.ACTIVE and f.team_id is None}  # fmt: skip


@dataclass
class _Group:
    members: int = 0
    active: int = 0
    habitual: int = 0
    actions: float = 0.0


# ------------------------------------------------------ weekly action counts


def weekly_cohorts(
    rows: list[UserWeek],
    team_of: TeamOf,
    min_group: int,
    denominator: str = "auto",
    eligible: Eligible = lambda _team: 0,
) -> Cohorts:
    """Cohort figures for every week of a per-user weekly file."""
    out = Cohorts()
    if not rows:
        return out
    use_eligible = denominator == "eligible" or (
        denominator == "auto" and all(r.actions > 0 for r in rows)
    )
    if use_eligible:
        out.notes.append(
            "active and habitual users are % of eligible people (team headcount; stage "
            "target users for the total)"
            + (" because the file lists only active people" if denominator == "auto" else "")
        )
    else:
        out.notes.append("active and habitual users are % of enabled people (listed that week)")
        out.over_enabled = True
    by_week: dict[dt.date, list[UserWeek]] = defaultdict(list)
    for row in rows:
        by_week[row.week].append(row)
    first, last = min(by_week), max(by_week)
    # Each person's active weeks as bits (bit i: week i after the first): a habit
    # window is then one shift, mask and bit count.
    active_bits: dict[int, int] = defaultdict(int)
    for row in rows:
        if row.actions > 0:
            active_bits[row.user] |= 1 << ((row.week - first).days // 7)
    missing = [w for w in _mondays(first, last) if w not in by_week]
    if missing:
        out.warnings.append(
            f"no rows for {len(missing)} week(s) between the first and last week "
            f"({', '.join(w.isoformat() for w in missing[:3])}{'…' if len(missing) > 3 else ''}):"
            " counted as weeks without activity, and no figures stored for them"
        )
    out.notes.append(
        f"habitual users: active in ≥ {HABIT_ACTIVE} of the last {HABIT_WEEKS} weeks, or "
        f"{EARLY_ACTIVE} of the last {EARLY_WEEKS} while the file holds fewer than "
        f"{HABIT_WEEKS} weeks"
    )
    unassigned: set[int] = set()
    early: list[dt.date] = []
    for week in sorted(by_week):
        index = (week - first).days // 7
        rule = _habit_rule(index + 1)
        groups: dict[str | None, _Group] = defaultdict(_Group)
        for row in by_week[week]:
            if not row.enabled:
                continue
            team = team_of(row.team)
            if team is None:
                unassigned.add(row.user)
            habitual = rule is not None and _is_habitual(active_bits[row.user], index, rule)
            for key in {team, None} if team is not None else {None}:
                group = groups[key]
                group.members += 1
                group.habitual += habitual
                if row.actions > 0:
                    group.active += 1
                    group.actions += row.actions
        if rule is None:
            early.append(week)
        for team, group in groups.items():
            base = eligible(team) if use_eligible else group.members
            _add_group(out, week, team, group, base, habit=rule is not None, actions=True)
    if early:
        out.notes.append(
            f"no habitual figure for the first {len(early)} week(s): fewer than {EARLY_WEEKS} "
            "weeks of history"
        )
    out.unassigned_users = len(unassigned)
    _protect(out, min_group)
    return out


def _habit_rule(history_weeks: int) -> tuple[int, int] | None:
    if history_weeks >= HABIT_WEEKS:
        return HABIT_WEEKS, HABIT_ACTIVE
    if history_weeks >= EARLY_WEEKS:
        return EARLY_WEEKS, EARLY_ACTIVE
    return None


def _is_habitual(active_bits: int, index: int, rule: tuple[int, int]) -> bool:
    """Active in at least ``needed`` of the ``span`` weeks ending with week ``index``."""
    span, needed = rule
    window = (active_bits >> (index - span + 1)) & ((1 << span) - 1)
    return window.bit_count() >= needed


def _add_group(
    out: Cohorts,
    week: dt.date,
    team: str | None,
    group: _Group,
    base: int,
    *,
    habit: bool,
    actions: bool,
) -> None:
    who = "the total" if team is None else "a team"
    if base <= 0:
        out.warnings.append(
            f"week of {week.isoformat()}: no eligible count for {who} (set the team headcount "
            "or the stage target users); active users not computed"
        )
    elif group.active > base:
        out.warnings.append(
            f"week of {week.isoformat()}: more active people ({group.active}) than eligible "
            f"({base}) for {who}; check the headcount — not stored"
        )
    else:
        out.figures.append(Figure(Quantity.ACTIVE, week, team, _pct(group.active, base), base))
        if habit:
            value = _pct(group.habitual, base)
            out.figures.append(Figure(Quantity.HABITUAL, week, team, value, base))
    if actions and group.active:
        value = round(group.actions / group.active, 2)
        out.figures.append(Figure(Quantity.ACTIONS, week, team, value, group.active))


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 2)


def _mondays(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    week = first
    while week <= last:
        yield week
        week += WEEK


# ---------------------------------------------------- per-user activity table


def snapshot_cohorts(
    snapshot: ActivitySnapshot,
    team_of: TeamOf,
    min_group: int,
    denominator: str = "auto",
    eligible: Eligible = lambda _team: 0,
) -> Cohorts:
    """Active users in the 7 days ending on the report date (and prompts per active user).

    The figure goes to the ISO week holding most of those 7 days (the week of
    the report date minus 3 days).
    """
    out = Cohorts(warnings=list(snapshot.warnings), over_enabled=denominator != "eligible")
    report = snapshot.report_date
    week = monday(report - dt.timedelta(days=3))
    out.notes.append(
        f"active users: last activity in the 7 days to {report.isoformat()}, stored for the "
        f"week of {week.isoformat()}; % of "
        + ("eligible people" if denominator == "eligible" else "enabled people (rows listed)")
    )
    out.notes.append(
        "this report holds only each person's last activity date: it cannot tell how often "
        "people used Copilot nor habit over weeks (import it weekly, or use weekly action "
        "counts)"
    )
    recent = report - dt.timedelta(days=6)
    period = snapshot.period_days
    use_prompts = snapshot.has_prompts and period is not None
    if snapshot.has_prompts and period is None:
        out.warnings.append("prompts are not used: the report period (days) is unknown")
    elif use_prompts:
        out.notes.append(
            f"actions: prompts submitted over the {period}-day report period, per person "
            f"active in that period, per week"
        )
    in_period = report - dt.timedelta(days=(period or 1) - 1)
    groups: dict[str | None, _Group] = defaultdict(_Group)
    period_groups: dict[str | None, _Group] = defaultdict(_Group)
    unassigned = 0
    for user in snapshot.users:
        team = team_of(user.team)
        unassigned += team is None
        for key in {team, None} if team is not None else {None}:
            groups[key].members += 1
            if user.last_activity is not None and user.last_activity >= recent:
                groups[key].active += 1
            if use_prompts and user.last_activity is not None and user.last_activity >= in_period:
                period_groups[key].active += 1
                period_groups[key].actions += user.prompts or 0.0
    for team, group in groups.items():
        base = eligible(team) if denominator == "eligible" else group.members
        _add_group(out, week, team, group, base, habit=False, actions=False)
    for team, group in period_groups.items():
        if group.active and period:
            value = round(group.actions / group.active * 7 / period, 2)
            out.figures.append(Figure(Quantity.ACTIONS, week, team, value, group.active))
    out.unassigned_users = unassigned
    _protect(out, min_group)
    return out


# ------------------------------------------------------------------ trend


def trend_cohorts(data: TrendData, min_group: int) -> Cohorts:
    """Per ISO week, the highest daily active rate (a lower bound of weekly active users)."""
    out = Cohorts(over_enabled=True)
    out.notes.append(
        f"{data.app}: the trend counts people active each day; the distinct people active in "
        "a week cannot be recovered from daily counts, so each week stores its highest daily "
        "active-user rate (% of enabled) — a lower bound of the weekly active rate"
    )
    weeks: dict[dt.date, list[tuple[float, int]]] = defaultdict(list)
    for day in data.days:
        if day.enabled > 0:
            weeks[monday(day.day)].append((_pct(day.active, day.enabled), day.enabled))
    partial = [w for w, days in weeks.items() if len(days) < 7]
    if partial:
        out.warnings.append(
            f"{len(partial)} week(s) only partly covered by the file "
            f"({', '.join(w.isoformat() for w in sorted(partial)[:3])}"
            f"{'…' if len(partial) > 3 else ''}); a later import can complete them"
        )
    for week, days in sorted(weeks.items()):
        value, enabled = max(days)
        out.figures.append(Figure(Quantity.ACTIVE, week, None, value, enabled))
    _protect(out, min_group)
    return out


# ------------------------------------------------------------------ privacy


def _protect(out: Cohorts, min_group: int) -> None:
    """Suppress figures over fewer than ``min_group`` people, then those that would
    reveal a small group by subtraction from the total."""
    kept: list[Figure] = []
    for figure in out.figures:
        (kept if figure.sample_size >= min_group else out.suppressed).append(figure)
    cells: dict[tuple[Quantity, dt.date], list[Figure]] = defaultdict(list)
    for figure in kept:
        cells[(figure.quantity, figure.week)].append(figure)
    result: list[Figure] = []
    for figures in cells.values():
        total = next((f for f in figures if f.team_id is None), None)
        teams = sorted((f for f in figures if f.team_id is not None), key=lambda f: f.sample_size)
        if total is not None:
            while teams:
                residual = total.sample_size - sum(f.sample_size for f in teams)
                if residual <= 0 or residual >= min_group:
                    break
                out.suppressed.append(teams.pop(0))
            result.append(total)
        result += teams
    out.figures = sorted(
        result, key=lambda f: (f.week, list(Quantity).index(f.quantity), f.team_id or "")
    )


protect = _protect
"""The privacy rule above, for the other readers of usage data (planner.usage.survey)."""
