"""Per-user records → cohort figures, checked by hand (planner.usage.aggregate)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.usage.aggregate import (
    Cohorts,
    Figure,
    Quantity,
    snapshot_cohorts,
    trend_cohorts,
    weekly_cohorts,
)
from planner.usage.sources import ActivitySnapshot, TrendData, TrendDay, UserActivity, UserWeek

W1 = dt.date(2025, 12, 15)  # a Monday
WEEK = dt.timedelta(days=7)


def week(n: int) -> dt.date:
    return W1 + (n - 1) * WEEK


def history(
    plan: dict[int, tuple[set[int], float]], weeks: int, team: str | None = None
) -> list[UserWeek]:
    """Every user listed every week (enabled), with actions in their active weeks."""
    return [
        UserWeek(user, week(n), team, actions if n in active else 0.0, True)
        for n in range(1, weeks + 1)
        for user, (active, actions) in plan.items()
    ]


def values(cohorts: Cohorts, quantity: Quantity, team: str | None = None) -> dict[int, float]:
    return {
        (f.week - W1).days // 7 + 1: round(f.value, 2)  # stored at 8 decimals
        for f in cohorts.figures
        if f.quantity is quantity and f.team_id == team
    }


def no_team(_label: str | None) -> str | None:
    return None


# The crafted history of tests/planner/usage_samples/habit_13weeks.csv:
PLAN = {
    1: (set(range(1, 14)), 20.0),  # A: every week
    2: (set(range(1, 10)), 12.0),  # B: weeks 1–9, then stops
    3: (set(range(5, 14)), 10.0),  # C: weeks 5–13
    4: (set(range(10, 14)), 6.0),  # D: the last 4 weeks
    5: (set(), 0.0),  # E: never
    6: ({1, 2, 3, 4}, 3.0),  # F: the first 4 weeks
}


def test_habit_rule_by_hand() -> None:
    cohorts = weekly_cohorts(history(PLAN, 13), no_team, min_group=5)
    habitual = values(cohorts, Quantity.HABITUAL)
    # Weeks 1–3: fewer than 4 weeks of history → no habitual figure at all.
    assert set(habitual) == set(range(4, 14))
    # Week 4, early rule (4 of weeks 1–4): A, B, F → 3 of 6.
    assert habitual[4] == 50.0
    # Week 5, early rule (weeks 2–5): A, B (F stopped, C only started) → 2 of 6.
    assert habitual[5] == 33.33
    # Week 8, early rule (weeks 5–8): A, B, C → 3 of 6.
    assert habitual[8] == 50.0
    # Week 11, still early (11 weeks of history; weeks 8–11): A, C → 2 of 6.
    assert habitual[11] == 33.33
    # Week 12, 9-of-12 rule (weeks 1–12): A (12), B (9 — exactly enough); C has 8.
    assert habitual[12] == 33.33
    # Week 13 (weeks 2–13): A (12), C (9); B falls to 8.
    assert habitual[13] == 33.33
    assert "no habitual figure for the first 3 week(s)" in " ".join(cohorts.notes)


def test_who_is_habitual_changes_between_weeks_12_and_13() -> None:
    """Isolate B and C: B is habitual at week 12 only, C at week 13 only."""
    plan = {user: PLAN[user] for user in (2, 3)} | {
        10 + i: (set(), 0.0)
        for i in range(3)  # three enabled non-users keep the group ≥ 5
    }
    habitual = values(weekly_cohorts(history(plan, 13), no_team, min_group=5), Quantity.HABITUAL)
    assert habitual[12] == 20.0  # B: 9 of weeks 1–12
    assert habitual[13] == 20.0  # C: 9 of weeks 2–13
    # B and 14 non-users: 0 % of 15 people may be stored (0 % of 5 to 12 may not).
    only_b = values(
        weekly_cohorts(history({2: PLAN[2]} | {10 + i: (set(), 0.0) for i in range(14)}, 13),
                       no_team, min_group=5),
        Quantity.HABITUAL,
    )  # fmt: skip
    assert (only_b[12], only_b[13]) == (6.67, 0.0)


def test_early_rule_needs_all_four_weeks() -> None:
    plan = {1: ({1, 2, 3, 4}, 5.0), 2: ({1, 2, 4}, 5.0), 3: ({2, 3, 4}, 5.0)} | {
        9: (set(), 0.0),
        8: (set(), 0.0),
    }
    habitual = values(weekly_cohorts(history(plan, 4), no_team, min_group=5), Quantity.HABITUAL)
    assert habitual == {4: 20.0}  # only user 1 was active in 4 of 4 weeks


def test_active_share_and_actions_per_active_user() -> None:
    cohorts = weekly_cohorts(history(PLAN, 13), no_team, min_group=3)
    active = values(cohorts, Quantity.ACTIVE)
    actions = values(cohorts, Quantity.ACTIONS)
    assert active[1] == 50.0  # A, B, F of 6
    assert actions[1] == pytest.approx((20 + 12 + 3) / 3, abs=0.01)  # 11.67
    assert active[13] == 50.0  # A, C, D
    assert actions[13] == 12.0  # (20 + 10 + 6) / 3
    sizes = {f.quantity: f.sample_size for f in cohorts.figures if f.week == week(13)}
    # Shares and counts weigh the 6 listed people, actions the 3 active ones; new,
    # lapsed and reactivated (nobody of 6) are withheld by the rule of extremes.
    assert sizes == {Quantity.LICENSED: 6, Quantity.ACTIVE: 6, Quantity.HABITUAL: 6,
                     Quantity.POWER: 6, Quantity.NOVICE: 6, Quantity.LOW: 6,
                     Quantity.ACTIONS: 3, Quantity.RETAINED: 6}  # fmt: skip


def test_figures_over_fewer_than_min_group_are_suppressed() -> None:
    cohorts = weekly_cohorts(history(PLAN, 13), no_team, min_group=5)
    assert not values(cohorts, Quantity.ACTIONS)  # 3 active people each week: too few
    actions = [f for f in cohorts.suppressed if f.quantity is Quantity.ACTIONS]
    assert len(actions) == 13
    assert all(f.sample_size < 5 for f in actions)


def _teams(sizes: dict[str, int], unassigned: int = 0) -> list[UserWeek]:
    rows, user = [], 0
    for team, size in [*sizes.items(), *([(None, unassigned)] if unassigned else [])]:
        for i in range(size):
            rows.append(UserWeek(user, W1, team, 5.0 if i % 2 == 0 else 0.0, True))
            user += 1
    return rows


def test_small_teams_are_suppressed_and_unassigned_people_count_in_the_total() -> None:
    rows = _teams({"t-cs": 8, "t-uw": 6, "t-hr": 2}, unassigned=5)
    cohorts = weekly_cohorts(rows, lambda label: label, min_group=5)
    active = {f.team_id: (round(f.value, 2), f.sample_size) for f in cohorts.figures
              if f.quantity is Quantity.ACTIVE}  # fmt: skip
    assert active == {None: (52.38, 21), "t-cs": (50.0, 8), "t-uw": (50.0, 6)}
    assert cohorts.unassigned_users == 5
    assert {f.team_id for f in cohorts.suppressed if f.quantity is Quantity.ACTIVE} == {"t-hr"}


def test_a_team_that_would_reveal_a_small_group_by_subtraction_is_suppressed() -> None:
    # Total 16 = 8 + 6 + 2 (HR): storing CS and UW would reveal HR's 2 people as
    # total − CS − UW, so the smaller stored team (UW) is suppressed too.
    cohorts = weekly_cohorts(_teams({"t-cs": 8, "t-uw": 6, "t-hr": 2}), lambda t: t, min_group=5)
    stored = {f.team_id for f in cohorts.figures if f.quantity is Quantity.ACTIVE}
    assert stored == {None, "t-cs"}
    suppressed = {f.team_id for f in cohorts.suppressed if f.quantity is Quantity.ACTIVE}
    assert suppressed == {"t-hr", "t-uw"}
    total = next(f for f in cohorts.figures if f.quantity is Quantity.ACTIVE and f.team_id is None)
    cs = next(f for f in cohorts.figures if f.team_id == "t-cs" and f.quantity is Quantity.ACTIVE)
    assert total.sample_size - cs.sample_size >= 5  # what remains hidden is a group of ≥ 5


def test_eligible_denominator_when_the_file_lists_only_active_people() -> None:
    rows = [UserWeek(i, W1, "t-cs" if i < 6 else "t-uw", 3.0, True) for i in range(11)]
    headcount = {"t-cs": 10, "t-uw": 5, None: 20}
    cohorts = weekly_cohorts(rows, lambda t: t, 5, "auto", lambda t: headcount[t])
    active = {f.team_id: (f.value, f.sample_size) for f in cohorts.figures
              if f.quantity is Quantity.ACTIVE}  # fmt: skip
    # UW: 5 of 5 active would tell each member's status: withheld.
    assert active == {None: (55.0, 20), "t-cs": (60.0, 10)}
    assert "eligible" in cohorts.notes[0]


def test_more_active_than_eligible_is_not_stored() -> None:
    rows = [UserWeek(i, W1, "t-cs", 3.0, True) for i in range(7)]
    counts = {"t-cs": 5, None: 30}
    cohorts = weekly_cohorts(rows, lambda t: t, 5, "eligible", lambda t: counts[t])
    assert {f.team_id for f in cohorts.figures if f.quantity is Quantity.ACTIVE} == {None}
    assert any("more active people (7) than eligible (5)" in w for w in cohorts.warnings)


def test_missing_weeks_are_reported() -> None:
    rows = [r for r in history(PLAN, 6) if r.week != week(3)]
    cohorts = weekly_cohorts(rows, no_team, min_group=5)
    assert week(3) not in {f.week for f in cohorts.figures}
    assert any("no rows for 1 week(s)" in w for w in cohorts.warnings)


def test_snapshot_counts_the_seven_days_to_the_report_date() -> None:
    report = dt.date(2026, 3, 12)  # a Thursday
    last = [report, report - dt.timedelta(days=6), report - dt.timedelta(days=7), None,
            dt.date(2026, 1, 2), report - dt.timedelta(days=1)]  # fmt: skip
    users = [UserActivity(i + 2, None, day, float(i)) for i, day in enumerate(last)]
    snapshot = ActivitySnapshot(report, 7, "Any app", users, has_prompts=True)
    cohorts = snapshot_cohorts(snapshot, no_team, min_group=3)
    by_quantity = {f.quantity: f for f in cohorts.figures}
    active = by_quantity[Quantity.ACTIVE]
    # 3 of 6 active in 6–12 March; stored for the week holding most of those days.
    assert (active.value, active.sample_size, active.week) == (50.0, 6, dt.date(2026, 3, 9))
    # Prompts over the 7-day period of the 3 active people (0 + 1 + 5) per week.
    assert by_quantity[Quantity.ACTIONS].value == 2.0
    assert Quantity.HABITUAL not in by_quantity
    # A Monday report: 6 of its 7 days are in the previous ISO week.
    monday_report = ActivitySnapshot(dt.date(2026, 3, 16), None, "Any app", users, False)
    assert snapshot_cohorts(monday_report, no_team, 3).figures[0].week == dt.date(2026, 3, 9)


def test_snapshot_prompts_need_the_report_period() -> None:
    users = [UserActivity(i, None, dt.date(2026, 3, 11), 4.0) for i in range(6)]
    users.append(UserActivity(7, None, None, None))
    snapshot = ActivitySnapshot(dt.date(2026, 3, 12), None, "Any app", users, has_prompts=True)
    cohorts = snapshot_cohorts(snapshot, no_team, 5)
    assert {f.quantity for f in cohorts.figures} == {Quantity.ACTIVE}
    assert any("report period" in w for w in cohorts.warnings)


def test_trend_stores_the_week_s_highest_daily_rate() -> None:
    days = [TrendDay(i, dt.date(2026, 3, 2) + dt.timedelta(days=i), 150, active)
            for i, active in enumerate([61, 70, 72, 66, 58, 12, 9, 75])]  # fmt: skip
    cohorts = trend_cohorts(TrendData("Any app", days), min_group=5)
    assert cohorts.figures == [
        Figure(Quantity.ACTIVE, dt.date(2026, 3, 2), None, 48.0, 150),  # 72 / 150
        Figure(Quantity.ACTIVE, dt.date(2026, 3, 9), None, 50.0, 150),  # 75 / 150
    ]
    assert any("1 week(s) only partly covered" in w for w in cohorts.warnings)
    tiny = trend_cohorts(TrendData("Any app", [TrendDay(1, dt.date(2026, 3, 2), 4, 2)]), 5)
    assert not tiny.figures
    assert len(tiny.suppressed) == 1


# ------------------------------------------------------ stored precision (audit of issue 11)


@pytest.mark.parametrize(
    ("active", "people", "shown"),
    [(5, 110, "4.5"), (61, 110, "55.5"), (1, 22, "4.5"), (11_091, 20_000, "55.5")],
)
def test_a_share_is_stored_so_that_every_view_shows_the_exact_rate(
    active: int, people: int, shown: str
) -> None:
    """5 of 110 people is 4.545 %: stored at two decimals (4.55) it was shown 4.6 %."""
    from planner.numbers import NumberKind, number_text, rounded

    rows = [UserWeek(n, W1, None, 3.0 if n < active else 0.0, True) for n in range(people)]
    (figure,) = [
        f for f in weekly_cohorts(rows, no_team, min_group=5).figures
        if f.quantity is Quantity.ACTIVE
    ]  # fmt: skip
    assert number_text(rounded(figure.value, NumberKind.PERCENT), NumberKind.PERCENT) == shown
    assert round(figure.value * figure.sample_size / 100) == active  # the count comes back


def test_actions_per_active_user_are_rounded_once_half_up() -> None:
    """105 actions of 8 active people is 13.125: stored at two decimals it was 13.12
    (Python's round), where every view's half-up rule says 13.13."""
    from planner.numbers import NumberKind, number_text, rounded

    actions = [15.0, 15.0, 15.0, 15.0, 15.0, 10.0, 10.0, 10.0]  # 105
    rows = [UserWeek(n, W1, None, a, True) for n, a in enumerate(actions)]
    (figure,) = [
        f for f in weekly_cohorts(rows, no_team, min_group=5).figures
        if f.quantity is Quantity.ACTIONS
    ]  # fmt: skip
    assert number_text(rounded(figure.value, NumberKind.NUMBER), NumberKind.NUMBER) == "13.13"
