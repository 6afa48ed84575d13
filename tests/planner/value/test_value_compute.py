"""Every value formula against figures worked out by hand (planner.value.compute, .costs).

The hand computations use an hour cost of 50 and a recapture rate of 50 %, so
one hour saved is worth 25; a seat at 26 a month costs 26 × 12 ÷ 52 = 6 a
week.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.model.value import Licence, OneOffCost, lines_of
from planner.value import compute, costs
from planner.value.assumptions import Assumptions
from planner.value.compute import Status, WeekInput, totals

MONDAY = dt.date(2026, 1, 5)


def weeks(n: int) -> list[dt.date]:
    return [MONDAY + dt.timedelta(weeks=i) for i in range(n)]


def assumptions(recapture: float = 50.0, hourly_cost: float = 50.0) -> Assumptions:
    return Assumptions(
        currency="EUR",
        hourly_cost=hourly_cost,
        recapture_rate=recapture,
        minutes_per_action=6.0,
        working_weeks=45,
    )


def week(
    day: dt.date,
    *,
    seats: int = 52,
    price: float = 26.0,
    one_off: float = 0.0,
    rate: float | None = 50.0,
    hours: float | None = 2.0,
    actions: float | None = 20.0,
) -> WeekInput:
    return WeekInput(
        day,
        seats,
        costs.weekly_seat_cost(seats, price),
        one_off,
        rate,
        float(seats),
        hours,
        actions,
    )


# --------------------------------------------------------------- formulas


def test_measured_value_is_active_users_times_hours_times_recaptured_hour_cost() -> None:
    # 10 active × 2 h × 50 /h × 50 % = 500
    assert compute.measured_value(10, 2.0, assumptions()) == pytest.approx(500.0)


@pytest.mark.parametrize(("recapture", "expected"), [(0.0, 0.0), (100.0, 1000.0), (25.0, 250.0)])
def test_recapture_rate_scales_the_value(recapture: float, expected: float) -> None:
    # 10 active × 2 h × 50 /h × recapture
    assert compute.measured_value(10, 2.0, assumptions(recapture)) == pytest.approx(expected)


def test_telemetry_estimate_is_actions_times_minutes_per_action() -> None:
    # 10 active × 20 actions × 6 min = 1,200 min = 20 h; × 25 = 500
    hours = compute.telemetry_hours(10, 20.0, 6.0)
    assert hours == pytest.approx(20.0)
    assert compute.value_of_hours(hours, assumptions()) == pytest.approx(500.0)


def test_active_users_are_the_rate_of_the_people_licensed() -> None:
    assert compute.active_users(50.0, 52) == pytest.approx(26.0)
    assert compute.active_users(0.0, 52) == 0.0


def test_weekly_seat_cost_spreads_twelve_months_over_fifty_two_weeks() -> None:
    # 52 seats × 30 a month × 12 ÷ 52 = 360 a week
    assert costs.weekly_seat_cost(52, 30.0) == pytest.approx(360.0)
    assert costs.weekly_seat_cost(0, 30.0) == 0.0


def test_break_even_minutes_is_the_weekly_seat_price_in_recaptured_minutes() -> None:
    # 26 a month = 6 a week; 6 ÷ 25 per hour = 0.24 h = 14.4 min
    assert compute.break_even_minutes(26.0, assumptions()) == pytest.approx(14.4)
    # recapture 100 %: 6 ÷ 50 = 0.12 h = 7.2 min
    assert compute.break_even_minutes(26.0, assumptions(100.0)) == pytest.approx(7.2)
    # saved time worth nothing: no saving pays for a seat
    assert compute.break_even_minutes(26.0, assumptions(0.0)) is None
    assert compute.break_even_minutes(26.0, assumptions(hourly_cost=0.0)) is None
    # no seat, no price: nothing to break even on; a free seat breaks even at once
    assert compute.break_even_minutes(None, assumptions()) is None
    assert compute.break_even_minutes(0.0, assumptions()) == 0.0


def test_value_per_seat_month_divides_by_seat_months() -> None:
    # 10 seats over 52 weeks = 120 seat-months; 2,400 ÷ 120 = 20
    assert compute.seat_months(520) == pytest.approx(120.0)
    assert compute.value_per_seat_month(2400.0, 520) == pytest.approx(20.0)
    assert compute.value_per_seat_month(2400.0, 0) is None


def test_roi_and_adjusted_value() -> None:
    assert compute.roi(300.0, 100.0) == pytest.approx(2.0)
    assert compute.roi(300.0, 0.0) is None
    # expected 100,000 a year, 40 % measured adoption → 40,000
    assert compute.adjusted_value(100_000.0, 40.0) == pytest.approx(40_000.0)
    assert compute.adjusted_value(100_000.0, None) is None


# ------------------------------------------------------------ licence lines


def licence(
    start: dt.date, seats: int, price: float, *, team: str | None = None, product: str = "Copilot"
) -> Licence:
    return Licence(
        id=f"l-{start.isoformat()}-{team}-{product}-{seats}",
        stage_id="s",
        team_id=team,
        product=product,
        start=start,
        seats=seats,
        price_per_seat_month=price,
    )


def test_a_seat_price_change_mid_period_counts_from_its_week() -> None:
    days = weeks(4)
    # 10 seats at 26 (60 a week), then from Wednesday of week 3 at 52 (120 a week)
    lines = lines_of(
        [licence(days[0], 10, 26.0), licence(days[2] + dt.timedelta(days=2), 10, 52.0)]
    )
    paid = [costs.week_cost(lines, {}, d).licence_cost for d in days]
    assert paid == pytest.approx([60.0, 60.0, 120.0, 120.0])
    assert costs.price_at(lines, days[1]) == pytest.approx(26.0)
    assert costs.price_at(lines, days[3]) == pytest.approx(52.0)
    assert costs.week_cost(lines, {}, days[0] - dt.timedelta(weeks=1)).seats == 0


def test_lines_add_up_per_team_and_product_and_the_last_entry_of_a_week_counts() -> None:
    day = MONDAY
    lines = lines_of(
        [
            licence(day, 10, 26.0, team="a"),
            licence(day, 30, 52.0, team="b"),
            licence(day, 5, 26.0, team="a", product="Chat"),
            licence(day + dt.timedelta(days=1), 12, 26.0, team="a"),  # same week: replaces 10
        ]
    )
    found = costs.week_cost(lines, {}, day)
    assert found.seats == 12 + 30 + 5
    # 12 × 6 + 30 × 12 + 5 × 6 = 72 + 360 + 30 = 462
    assert found.licence_cost == pytest.approx(462.0)
    # seat-weighted price: (12 × 26 + 30 × 52 + 5 × 26) ÷ 47
    assert costs.price_at(lines, day) == pytest.approx((12 * 26 + 30 * 52 + 5 * 26) / 47)


def test_one_off_costs_count_in_the_week_of_their_date() -> None:
    spent = costs.one_off_by_week(
        [
            OneOffCost(id="a", stage_id="s", description="Workshops", date=MONDAY, amount=1000),
            OneOffCost(
                id="b",
                stage_id="s",
                description="Change",
                date=MONDAY + dt.timedelta(days=4),
                amount=500,
            ),
        ]
    )
    assert spent == {MONDAY: 1500.0}


# ------------------------------------------------------------------ totals


def test_eight_weeks_with_a_one_off_cost_pay_back_in_the_sixth_week() -> None:
    # Each week: 52 seats × 6 = 312 licence; 50 % of 52 = 26 active × 2 h × 25 = 1,300 value.
    # Week 1 also has 5,000 of training. Cumulated net after k weeks: 988 k − 5,000 ≥ 0 at k = 6.
    days = weeks(8)
    inputs = [week(d, one_off=5000.0 if i == 0 else 0.0) for i, d in enumerate(days)]
    found = totals(inputs, assumptions())
    assert found.status is Status.OK
    assert found.weeks_of_data == 8
    assert found.licence_cost == 8 * 312
    assert found.one_off_cost == 5000
    assert found.cost == 7496
    assert found.realised_value == 8 * 1300
    assert found.net_value == 10400 - 7496
    assert found.realised_hours == 8 * 26 * 2
    # telemetry: 26 active × 20 actions × 6 min = 52 h a week × 25 = 1,300
    assert found.telemetry_value == 8 * 1300
    assert found.telemetry_hours == 8 * 52
    # 52 seats over 8 weeks = 96 seat-months; 10,400 ÷ 96 = 108.33
    assert found.value_per_seat_month == pytest.approx(108.33)
    assert found.payback == compute.Payback(days[5], False, "reached")
    assert found.adoption_rate == 50.0
    assert [w.net for w in found.weeks][:2] == [1300 - 312 - 5000, 2 * 988 - 5000]
    assert found.weeks[-1].cumulative_value == sum(w.value or 0 for w in found.weeks)


def test_payback_not_reached_is_projected_at_the_recent_run_rate() -> None:
    # Net after 8 weeks: 8 × 988 − 20,000 = −12,096; 988 a week → 12.24 → 13 more weeks.
    days = weeks(8)
    inputs = [week(d, one_off=20000.0 if i == 0 else 0.0) for i, d in enumerate(days)]
    found = totals(inputs, assumptions())
    assert found.net_value == -12096
    assert found.payback == compute.Payback(days[-1] + dt.timedelta(weeks=13), True, "projected")


def test_payback_is_not_in_sight_when_value_does_not_cover_the_seats() -> None:
    # 26 active × 0.1 h × 25 = 65 a week against 312 of seats.
    found = totals([week(d, hours=0.1) for d in weeks(8)], assumptions())
    assert found.payback == compute.Payback(None, True, "not_in_sight")


def test_zero_seats_cost_nothing_and_have_no_value_per_seat() -> None:
    inputs = [
        WeekInput(d, 0, 0.0, 0.0, 50.0, 100.0, 2.0, None)  # base: 100 target users
        for d in weeks(8)
    ]
    found = totals(inputs, assumptions())
    # 50 active × 2 h × 25 = 2,500 a week
    assert found.realised_value == 8 * 2500
    assert found.cost == 0
    assert found.value_per_seat_month is None
    assert found.payback == compute.Payback(None, False, "no_cost")
    assert found.telemetry_value is None  # no actions measured


def test_no_hours_saved_data_gives_the_telemetry_estimate_only() -> None:
    found = totals([week(d, hours=None) for d in weeks(9)], assumptions())
    assert found.status is Status.NO_HOURS
    assert found.realised_value is None
    assert found.net_value is None
    assert found.value_per_seat_month is None
    assert found.payback is None
    assert found.telemetry_value == 9 * 1300
    assert all(w.value is None and w.net is None for w in found.weeks)
    assert found.cost == 9 * 312


@pytest.mark.parametrize(("recapture", "weekly"), [(0.0, 0), (100.0, 2600)])
def test_recapture_zero_and_full_in_the_totals(recapture: float, weekly: int) -> None:
    found = totals([week(d) for d in weeks(8)], assumptions(recapture))
    assert found.realised_value == 8 * weekly
    assert found.telemetry_value == 8 * weekly


def test_fewer_than_eight_weeks_is_too_early_with_the_count() -> None:
    found = totals([week(d) for d in weeks(5)], assumptions())
    assert found.status is Status.TOO_EARLY
    assert found.weeks_of_data == 5
    for figure in (
        found.realised_value,
        found.net_value,
        found.value_per_seat_month,
        found.payback,
        found.adoption_rate,
        found.telemetry_value,
    ):
        assert figure is None
    assert all(w.value is None and w.cumulative_value is None for w in found.weeks)
    assert found.cost == 5 * 312  # what was paid is a fact, shown at once
    assert totals([], assumptions()).status is Status.NO_USAGE


def test_weeks_without_usage_data_count_cost_but_no_value_nor_data_weeks() -> None:
    days = weeks(10)
    inputs = [week(d, rate=None if i in (0, 1) else 50.0) for i, d in enumerate(days)]
    found = totals(inputs, assumptions())
    assert found.weeks_of_data == 8
    assert found.first_data_week == days[2]
    assert found.realised_value == 8 * 1300
    assert found.cost == 10 * 312
    # value per seat over the weeks with data only: 10,400 ÷ 96 seat-months
    assert found.value_per_seat_month == pytest.approx(108.33)


def test_weekly_amounts_are_rounded_before_they_are_added_up() -> None:
    # 3 active × 1 h × 25 × … : choose figures whose weekly value has cents.
    inputs = [WeekInput(d, 0, 0.0, 0.0, 50.0, 3.0, 0.333, None) for d in weeks(8)]
    found = totals(inputs, assumptions())
    # 1.5 active × 0.333 h × 25 = 12.4875 → 12 a week; 8 weeks → 96 (not 99.9)
    assert [w.value for w in found.weeks] == [12.0] * 8
    assert found.realised_value == 96.0
