"""The adoption funnel, week by week, from per-user weekly action counts.

Definitions (after the usage segments of Microsoft Viva Insights —
``identify_usage_segments`` in the ``vivainsights`` package, 12-week version —
and the Microsoft 365 Copilot usage report). For each ISO week and group (a
team, or the whole population of a stage):

* **eligible** — the people the stage is for: a team's headcount, the
  stage's target users (else its teams' headcount). From the roadmap.
* **licensed** — people listed as enabled in the file that week.
* **active** — licensed people with at least one action in the week.
* **habitual** — active in at least **9 of the last 12** weeks; while the file
  holds fewer than 12 weeks, **4 of the last 4**; not computed for its first 3
  weeks.
* **power users** — habitual, and at least **15 actions a week on average**
  over the same weeks (12, or 4 under the early rule; weeks before the file's
  first count as unknown, not as zero).
* **novice** — active in the week but not habitual.
* **low users** — some action in those weeks but fewer than **1 a week** on
  average.
* **actions per active user** — the week's actions of active people divided by
  their number.

The shares (active, habitual, power, novice, low) are % of the enabled people
(or, when the file lists only active people, of the eligible ones: the report
says which). Within one file, the **cohort movement** from one week to the
next counts people: *retained* (active both weeks), *new* (active for the
first time in the file), *reactivated* (active, not the week before, but in an
earlier week) and *lapsed* (active the week before, not this week; counted in
the team they were in that week when not listed this week). The first week of
a file has no movement.

Viva Insights calls *novice* someone averaging at least one action a week
without the habit; this funnel follows the committee's definition (active
this week, not habitual) so that active = habitual-and-active + novice.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from planner.model.entities import UsageFigure
from planner.usage.sources import UserWeek

WEEK = dt.timedelta(days=7)
HABIT_WEEKS, HABIT_ACTIVE = 12, 9
EARLY_WEEKS, EARLY_ACTIVE = 4, 4
POWER_ACTIONS = 15.0
"""Power users average at least this many actions a week."""
LOW_ACTIONS = 1.0
"""Low users average fewer than this many actions a week."""

TeamOf = Callable[[str | None], str | None]


@dataclass
class Group:
    """One week's counts for one group (a team, or None: the whole population)."""

    members: int = 0
    active: int = 0
    habitual: int = 0
    power: int = 0
    novice: int = 0
    low: int = 0
    actions: float = 0.0
    retained: int = 0
    new: int = 0
    lapsed: int = 0
    reactivated: int = 0
    movement: bool = False
    """Movement counts are known (not the file's first week)."""
    habit: bool = False
    """Habit-based figures are known (at least 4 weeks of history)."""

    def count(self, figure: UsageFigure) -> float:
        if figure is UsageFigure.LICENSED:
            return float(self.members)
        return float(getattr(self, figure.value))


@dataclass(frozen=True)
class WeekGroups:
    week: dt.date
    groups: dict[str | None, Group]


def habit_rule(history_weeks: int) -> tuple[int, int] | None:
    """(span, needed) for a week with that many weeks of history; None: too early."""
    if history_weeks >= HABIT_WEEKS:
        return HABIT_WEEKS, HABIT_ACTIVE
    if history_weeks >= EARLY_WEEKS:
        return EARLY_WEEKS, EARLY_ACTIVE
    return None


def is_habitual(active_bits: int, index: int, rule: tuple[int, int]) -> bool:
    """Active in at least ``needed`` of the ``span`` weeks ending with week ``index``."""
    span, needed = rule
    window = (active_bits >> (index - span + 1)) & ((1 << span) - 1)
    return window.bit_count() >= needed


def weekly_groups(
    rows: list[UserWeek], team_of: TeamOf, first: dt.date | None = None
) -> list[WeekGroups]:
    """Every week's group counts (see the module docstring). ``first``: the file's
    first week, when ``rows`` are one population's part of a larger file."""
    if not rows:
        return []
    by_week: dict[dt.date, list[UserWeek]] = defaultdict(list)
    for row in rows:
        by_week[row.week].append(row)
    start = first if first is not None else min(by_week)
    # Each person's active weeks as bits (bit i: week i after the start): a habit
    # window is then one shift, mask and bit count.
    active_bits: dict[int, int] = defaultdict(int)
    for row in rows:
        if row.actions > 0:
            active_bits[row.user] |= 1 << ((row.week - start).days // 7)
    sums = {EARLY_WEEKS: _Rolling(EARLY_WEEKS), HABIT_WEEKS: _Rolling(HABIT_WEEKS)}
    result: list[WeekGroups] = []
    previous: dict[int, UserWeek] = {}
    previous_index = -2
    for week in sorted(by_week):
        index = (week - start).days // 7
        for rolling in sums.values():
            rolling.advance(index, by_week[week])
        rule = habit_rule(index + 1)
        span = rule[0] if rule is not None else EARLY_WEEKS
        known_weeks = min(span, index + 1)
        groups: dict[str | None, Group] = defaultdict(Group)
        current: dict[int, UserWeek] = {}
        movement = previous_index == index - 1
        for row in by_week[week]:
            current[row.user] = row
            if not row.enabled:
                continue
            team = team_of(row.team)
            bits = active_bits[row.user]
            active = row.actions > 0
            habitual = rule is not None and is_habitual(bits, index, rule)
            mean = sums[span].total(row.user) / known_weeks
            for key in (team, None) if team is not None else (None,):
                group = groups[key]
                group.members += 1
                group.habit = rule is not None
                group.movement = movement
                if rule is not None:
                    group.habitual += habitual
                    group.power += habitual and mean >= POWER_ACTIONS
                    group.low += 0 < mean < LOW_ACTIONS
                if active:
                    group.active += 1
                    group.actions += row.actions
                    group.novice += rule is not None and not habitual
                if movement and active:
                    before = index > 0 and (bits >> (index - 1)) & 1
                    earlier = index > 1 and bits & ((1 << (index - 1)) - 1)
                    if before:
                        group.retained += 1
                    elif earlier:
                        group.reactivated += 1
                    else:
                        group.new += 1
        if movement:
            for user, row in previous.items():
                if row.actions > 0 and not (user in current and current[user].actions > 0):
                    now = current.get(user)
                    team = team_of(now.team if now is not None and now.team else row.team)
                    for key in (team, None) if team is not None else (None,):
                        groups[key].lapsed += 1
        result.append(WeekGroups(week, dict(groups)))
        previous, previous_index = current, index
    return result


class _Rolling:
    """Each person's actions over the last ``span`` weeks, kept up to date week by week."""

    def __init__(self, span: int) -> None:
        self.span = span
        self.sums: dict[int, float] = defaultdict(float)
        self.history: list[tuple[int, list[UserWeek]]] = []

    def advance(self, index: int, rows: list[UserWeek]) -> None:
        while self.history and self.history[0][0] <= index - self.span:
            for old in self.history.pop(0)[1]:
                self.sums[old.user] -= old.actions
        for row in rows:
            self.sums[row.user] += row.actions
        self.history.append((index, rows))

    def total(self, user: int) -> float:
        return max(0.0, self.sums.get(user, 0.0))
