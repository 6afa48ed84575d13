"""The adoption funnel and cohort movement, counted by hand (planner.usage.funnel)."""

from __future__ import annotations

import datetime as dt

from planner.usage.funnel import Group, weekly_groups
from planner.usage.sources import UserWeek

W1 = dt.date(2026, 1, 5)


def week(n: int) -> dt.date:
    return W1 + dt.timedelta(weeks=n - 1)


def rows(plan: dict[int, dict[int, float]], weeks: int) -> list[UserWeek]:
    """plan: user → {week: actions}; every user listed (enabled) every week."""
    return [
        UserWeek(user, week(n), "t", actions.get(n, 0.0), True)
        for n in range(1, weeks + 1)
        for user, actions in plan.items()
    ]


def groups(plan: dict[int, dict[int, float]], weeks: int) -> dict[int, Group]:
    found = weekly_groups(rows(plan, weeks), lambda _label: None)
    return {(w.week - W1).days // 7 + 1: w.groups[None] for w in found}


PLAN = {
    1: {n: 20.0 for n in range(1, 14)},  # A: every week, 20 a week → power user
    2: {n: 2.0 for n in range(1, 14)},  # B: every week, 2 a week → habitual, not power
    3: dict.fromkeys(range(1, 14, 3), 1.0),  # C: weeks 1, 4, 7, 10, 13 → novice when active
    4: {2: 1.0, 6: 1.0},  # D: two actions in 13 weeks → low user (< 1 a week on average)
    5: {},  # E: never
    6: {12: 3.0, 13: 3.0},  # F: starts in week 12
}


def test_funnel_counts_by_hand() -> None:
    found = groups(PLAN, 13)
    w13 = found[13]
    assert (w13.members, w13.active) == (6, 4)  # A, B, C, F
    assert w13.habitual == 2  # A and B: 12 of the last 12 weeks (C: 4, F: 2)
    assert w13.power == 1  # A: 20 a week on average; B: 2
    assert w13.novice == 2  # C and F: active this week, not habitual
    # Low users: some action in weeks 2–13 but < 1 a week: C (4 actions), D (2), F (6).
    assert w13.low == 3
    # Early weeks: no habit figures before week 4; week 4 uses 4 of the last 4.
    assert not found[3].habit
    assert found[4].habit
    assert found[4].habitual == 2
    # Power under the early rule averages over the weeks known (4): A 20, B 2.
    assert found[4].power == 1


def test_cohort_movement_by_hand() -> None:
    found = groups(PLAN, 13)
    assert not found[1].movement  # the first week has no week before it
    w2 = found[2]  # active: A, B, D; week 1 had A, B, C
    assert (w2.retained, w2.new, w2.reactivated, w2.lapsed) == (2, 1, 0, 1)  # D new; C lapsed
    w4 = found[4]  # active: A, B, C; week 3 had A, B
    assert (w4.retained, w4.new, w4.reactivated, w4.lapsed) == (2, 0, 1, 0)  # C back
    w12 = found[12]  # active: A, B, F; week 11 had A, B
    assert (w12.retained, w12.new, w12.reactivated, w12.lapsed) == (2, 1, 0, 0)  # F new
    w13 = found[13]  # active: A, B, C, F; week 12 had A, B, F
    assert (w13.retained, w13.new, w13.reactivated, w13.lapsed) == (3, 0, 1, 0)


def test_a_lapsed_person_no_longer_listed_counts_in_their_last_team() -> None:
    data = [
        UserWeek(1, week(1), "cs", 5.0, True),
        UserWeek(2, week(1), "uw", 5.0, True),
        UserWeek(2, week(2), "uw", 5.0, True),  # person 1 is not listed in week 2
    ]
    found = weekly_groups(data, lambda label: label)
    second = found[1].groups
    assert second["cs"].lapsed == 1
    assert second[None].lapsed == 1
    assert second["uw"].retained == 1
