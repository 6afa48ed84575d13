"""From per-user records to cohort figures per ISO week, per team and in total.

Weekly action counts give the whole adoption funnel (:mod:`planner.usage.funnel`
has the definitions); the per-user activity report gives active users and
prompts per active user; the tenant trend gives a lower bound of active
users. Each figure is a share (%) of the group's enabled people — or, when the
file lists only active people, of its eligible people (a team's headcount;
for the total, the stage's target users, else the headcount of its teams); the
report says which — a count of people, or actions per active user.

Privacy (:mod:`planner.usage.privacy`): figures over fewer than ``min_group``
people, those that would reveal a small group by subtraction, and 0 % or
100 % of a small group are not produced. People with no team count in the
total only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.dates import monday, mondays
from planner.model.entities import UsageFigure
from planner.usage import funnel
from planner.usage.privacy import Candidate, protect, together
from planner.usage.sources import ActivitySnapshot, TrendData, UserWeek
from planner.usage.standard import COUNTS, RATES

SHARE_DECIMALS = 8
"""Decimals a stored figure keeps. Every view rounds once, by the unit's rule
(planner.numbers); storing at two first rounded twice: 5 of 110 people
(4.545 %) was stored 4.55 and shown 4.6 %, and 105 actions of 8 people (13.125) was
stored 13.12 where the half-up rule says 13.13. With eight, the view's rounding is
the exact figure's for any group under ten million people, and ``share × people``
gives back the exact count (the funnel's counts and the privacy rules rely on it)."""

Quantity = UsageFigure
"""The figures an import computes (the adoption funnel)."""

QUANTITY_LABELS = {
    Quantity.LICENSED: "licensed users",
    Quantity.ACTIVE: "active users %",
    Quantity.HABITUAL: "habitual users %",
    Quantity.POWER: "power users %",
    Quantity.NOVICE: "novice users %",
    Quantity.LOW: "low users %",
    Quantity.ACTIONS: "actions per active user per week",
    Quantity.RETAINED: "retained users",
    Quantity.NEW: "new users",
    Quantity.LAPSED: "lapsed users",
    Quantity.REACTIVATED: "reactivated users",
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
    """The group's people (for actions per active user: its active people)."""


@dataclass
class Cohorts:
    figures: list[Figure] = field(default_factory=list)
    suppressed: list[Figure] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)
    """Why figures were suppressed: reason (planner.usage.privacy.Reason) → figures."""
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unassigned_users: int = 0
    over_enabled: bool = False
    """Shares are of the people enabled (licensed) listed in the file."""

    def seats(self) -> dict[dt.date, int]:
        """Seats in use per week (planner.usage.seats): the licensed users of the stored
        totals, else the enabled people active users are a share of."""
        licensed = {f.week: round(f.value) for f in self.figures
                    if f.quantity is Quantity.LICENSED and f.team_id is None}  # fmt: skip
        if licensed or not self.over_enabled:
            return licensed
        return {f.week: f.sample_size for f in self.figures
                if f.quantity is Quantity.ACTIVE and f.team_id is None}  # fmt: skip


_Group = funnel.Group


# ------------------------------------------------------ weekly action counts


def weekly_cohorts(
    rows: list[UserWeek],
    team_of: TeamOf,
    min_group: int,
    denominator: str = "auto",
    eligible: Eligible = lambda _team: 0,
    first: dt.date | None = None,
) -> Cohorts:
    """The funnel for every week of a per-user weekly file (or one population's rows)."""
    if not rows:
        return Cohorts()
    only_active = all(r.actions > 0 for r in rows)
    weeks = funnel.weekly_groups(rows, team_of, first)
    unassigned = len({r.user for r in rows if r.enabled and team_of(r.team) is None})
    return cohorts_of_weeks(weeks, only_active, unassigned, min_group, denominator, eligible)


def cohorts_of_weeks(
    weeks: list[funnel.WeekGroups],
    only_active: bool,
    unassigned: int,
    min_group: int,
    denominator: str = "auto",
    eligible: Eligible = lambda _team: 0,
) -> Cohorts:
    """The funnel's figures from each week's group counts (however they were counted:
    row by row in :mod:`planner.usage.funnel` or by the columnar engine,
    :mod:`planner.usage.columnar`). ``only_active``: every row has actions."""
    out = Cohorts()
    if not weeks:
        return out
    use_eligible = denominator == "eligible" or (denominator == "auto" and only_active)
    if use_eligible:
        out.notes.append(
            "shares (active, habitual, power, novice, low) are % of eligible people (team "
            "headcount; stage target users for the total)"
            + (" because the file lists only active people" if denominator == "auto" else "")
        )
    else:
        out.notes.append("shares are % of enabled people (listed that week)")
    known = {w.week for w in weeks}
    missing = [w for w in mondays(min(known), max(known)) if w not in known]
    if missing:
        out.warnings.append(
            f"no rows for {len(missing)} week(s) between the first and last week "
            f"({', '.join(w.isoformat() for w in missing[:3])}{'…' if len(missing) > 3 else ''}):"
            " counted as weeks without activity, and no figures stored for them"
        )
    out.notes.append(
        f"habitual users: active in ≥ {funnel.HABIT_ACTIVE} of the last {funnel.HABIT_WEEKS} "
        f"weeks, or {funnel.EARLY_ACTIVE} of the last {funnel.EARLY_WEEKS} while the file "
        f"holds fewer than {funnel.HABIT_WEEKS} weeks; power users: habitual with ≥ "
        f"{funnel.POWER_ACTIONS:g} actions a week on average"
    )
    early = [w for w in weeks if not any(g.habit for g in w.groups.values())]
    for item in weeks:
        for team, group in item.groups.items():
            base = eligible(team) if use_eligible else group.members
            _add_group(out, item.week, team, group, base, listed=not use_eligible)
    if early:
        out.notes.append(
            f"no habitual figure for the first {len(early)} week(s): fewer than "
            f"{funnel.EARLY_WEEKS} weeks of history"
        )
    out.unassigned_users = unassigned
    _protect(out, min_group)
    return out


def _add_group(
    out: Cohorts, week: dt.date, team: str | None, group: _Group, base: int, *, listed: bool
) -> None:
    who = "the total" if team is None else "a team"
    if base <= 0:
        if group.members:
            out.warnings.append(
                f"week of {week.isoformat()}: no eligible count for {who} (set the team "
                "headcount or the stage target users); shares not computed"
            )
    elif group.active > base:
        out.warnings.append(
            f"week of {week.isoformat()}: more active people ({group.active}) than eligible "
            f"({base}) for {who}; check the headcount — not stored"
        )
    else:
        for quantity in sorted(RATES, key=list(Quantity).index):
            if quantity is Quantity.ACTIVE or group.habit:
                value = _pct(int(group.count(quantity)), base)
                out.figures.append(Figure(quantity, week, team, value, base))
        for quantity in sorted(COUNTS, key=list(Quantity).index):
            if quantity is Quantity.LICENSED and not listed:
                continue  # a file of active people only does not list the licensed
            if quantity is not Quantity.LICENSED and not group.movement:
                continue
            out.figures.append(Figure(quantity, week, team, group.count(quantity), base))
    if group.active:
        value = round(group.actions / group.active, SHARE_DECIMALS)
        out.figures.append(Figure(Quantity.ACTIONS, week, team, value, group.active))


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, SHARE_DECIMALS)


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
        _add_active(out, week, team, group, base)
    for team, group in period_groups.items():
        if group.active and period:
            value = round(group.actions / group.active * 7 / period, SHARE_DECIMALS)
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


def _add_active(out: Cohorts, week: dt.date, team: str | None, group: _Group, base: int) -> None:
    """The per-user activity report's one share: active users (no habit, no movement)."""
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


def _protect(out: Cohorts, min_group: int) -> None:
    """Withhold what the privacy rules forbid within this file (planner.usage.privacy)."""
    candidates = [
        Candidate(
            key=i,
            cell=(f.quantity, f.week),
            team_id=f.team_id,
            size=f.sample_size,
            count=_count(f),
        )
        for i, f in enumerate(out.figures)
    ]
    withheld = protect(candidates, min_group)
    active = {(f.week, f.team_id): i for i, f in enumerate(out.figures)
              if f.quantity is Quantity.ACTIVE}  # fmt: skip
    together(withheld, {
        active[(f.week, f.team_id)]: [i] for i, f in enumerate(out.figures)
        if f.quantity is Quantity.ACTIONS and (f.week, f.team_id) in active
    })  # fmt: skip
    for reason in withheld.values():
        out.reasons[reason] = out.reasons.get(reason, 0) + 1
    kept = [f for i, f in enumerate(out.figures) if i not in withheld]
    out.suppressed += [f for i, f in enumerate(out.figures) if i in withheld]
    out.figures = sorted(
        kept, key=lambda f: (f.week, list(Quantity).index(f.quantity), f.team_id or "")
    )


def _count(figure: Figure) -> float | None:
    """How many people of the group a figure counts (None: it counts no people)."""
    if figure.quantity in RATES:
        return round(figure.value * figure.sample_size / 100.0)
    if figure.quantity in COUNTS and figure.quantity is not Quantity.LICENSED:
        return figure.value
    return None


protect_figures = _protect
"""The privacy rules above, for the other readers of per-person data (planner.usage.survey)."""
