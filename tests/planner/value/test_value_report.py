"""The value report of a roadmap: inputs found in the roadmap, as-of date, use cases, template."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import templates
from planner.evidence.figures import Figures
from planner.evidence.gates import CriterionStatus, evaluate_all
from planner.model.entities import (
    GateCriterion,
    Lineage,
    Measurement,
    Metric,
    MetricKind,
    MetricSource,
    Roadmap,
    Stage,
    UseCase,
    UseCaseStatus,
)
from planner.model.value import Licence, OneOffCost
from planner.value.compute import Status
from planner.value.report import allocate, hours_known, value_report

MONDAY = dt.date(2026, 1, 5)


def week(i: int) -> dt.date:
    return MONDAY + dt.timedelta(weeks=i)


METRICS = (
    Metric(id="m-active", name="Weekly active users", unit="%", kind=MetricKind.ADOPTION,
           min_value=0, max_value=100),
    Metric(id="m-actions", name="Actions per active user", unit="actions/week",
           kind=MetricKind.FREQUENCY, min_value=0),
    Metric(id="m-hours", name="Hours saved per user", unit="h/week", kind=MetricKind.BENEFIT,
           min_value=0, max_value=40),
    Metric(id="m-minutes", name="Minutes saved per day", unit="min/day",
           kind=MetricKind.BENEFIT, min_value=0, max_value=480),
)  # fmt: skip


def measure(metric: str, i: int, value: float, size: int | None = None) -> Measurement:
    return Measurement(
        id=f"x-{metric}-{i}", metric_id=metric, stage_id="s", week=week(i), value=value,
        sample_size=size,
    )  # fmt: skip


def roadmap(
    *,
    active: dict[int, float] | None = None,
    hours: dict[int, float] | None = None,
    minutes: dict[int, float] | None = None,
    licences: tuple[Licence, ...] = (),
    one_off: tuple[OneOffCost, ...] = (),
    use_cases: tuple[UseCase, ...] = (),
    target_users: int = 100,
) -> Roadmap:
    measurements = [measure("m-active", i, v) for i, v in (active or {}).items()]
    measurements += [measure("m-hours", i, v) for i, v in (hours or {}).items()]
    measurements += [measure("m-minutes", i, v) for i, v in (minutes or {}).items()]
    return Roadmap(
        title="Value",
        hourly_cost=50.0,
        recapture_rate=50.0,
        horizon_start=MONDAY,
        horizon_end=dt.date(2026, 12, 31),
        lineage=Lineage(document_id="d"),
        metrics=METRICS,
        stages=(
            Stage(
                id="s",
                name="Writing",
                planned_start=MONDAY,
                planned_end=dt.date(2026, 12, 31),
                target_users=target_users,
            ),
        ),
        use_cases=use_cases,
        measurements=tuple(measurements),
        licences=licences,
        one_off_costs=one_off,
    )


def seats(start: dt.date, count: int, price: float, key: str = "a") -> Licence:
    return Licence(
        id=f"l-{key}", stage_id="s", product="Copilot", start=start, seats=count,
        price_per_seat_month=price,
    )  # fmt: skip


EIGHT = dict.fromkeys(range(8), 50.0)


def test_zero_seats_take_the_stage_target_users_as_the_population() -> None:
    # 50 % of 100 target users × 2 h × 25 = 2,500 a week
    report = value_report(roadmap(active=EIGHT, hours={0: 2.0}), week(7))
    stage = report.stage("s")
    assert stage.status is Status.OK
    assert stage.realised_value == 8 * 2500
    assert stage.seats == 0
    assert stage.cost == 0
    assert stage.value_per_seat_month is None
    assert stage.value_to_price is None
    assert stage.break_even_minutes is None
    assert stage.payback is not None
    assert stage.payback.reason == "no_cost"


def test_seats_are_the_population_and_a_price_change_counts_from_its_week() -> None:
    # 52 seats at 26 (312 a week) for 4 weeks, then at 52 (624 a week) for 4 weeks.
    change = Licence(
        id="l-b", stage_id="s", product="Copilot", start=week(4) + dt.timedelta(days=3),
        seats=52, price_per_seat_month=52.0,
    )  # fmt: skip
    report = value_report(
        roadmap(active=EIGHT, hours={0: 2.0}, licences=(seats(week(0), 52, 26.0), change)),
        week(7) + dt.timedelta(days=6),
    )
    stage = report.stage("s")
    assert stage.licence_cost == 4 * 312 + 4 * 624
    assert stage.price_per_seat_month == 52.0
    # 26 active × 2 h × 25 = 1,300 a week
    assert stage.realised_value == 8 * 1300
    # value per seat: 10,400 ÷ (52 × 8 × 12 ÷ 52 = 96 seat-months)
    assert stage.value_per_seat_month == pytest.approx(108.33)
    # value ÷ licence cost over the weeks with data: 10,400 ÷ 3,744
    assert stage.value_to_price == pytest.approx(277.8)
    # break-even at 52 a month = 12 a week: 12 ÷ 25 × 60 = 28.8 min
    assert stage.break_even_minutes == 28.8


def test_the_rate_is_of_the_people_it_was_computed_over_when_the_import_says() -> None:
    # 52 seats, but the stored active rate is of the 40 people enabled in the stage's teams:
    # 50 % of 40 = 20 active × 2 h × 25 = 1,000 a week.
    rm = roadmap(hours={0: 2.0}, licences=(seats(week(0), 52, 26.0),))
    sized = tuple(measure("m-active", i, 50.0, size=40) for i in range(8))
    rm = rm.model_copy(update={"measurements": (*rm.measurements, *sized)})
    stage = value_report(rm, week(7)).stage("s")
    assert [w.active_users for w in stage.weeks] == [20.0] * 8
    assert stage.realised_value == 8 * 1000


def test_a_rate_rolled_up_from_teams_is_of_the_teams_people() -> None:
    """Audit of issue 12: team-only figures (typed by hand, as in the sample) rolled up to
    the stage were applied to the seats: 53.9 % of 180 seats made 97 active users where
    the teams' 173 people give 93."""
    from planner.model.entities import Team

    teams = (Team(id="t-a", name="A", headcount=90), Team(id="t-b", name="B", headcount=60))
    rm = roadmap(hours={0: 2.0}, licences=(seats(week(0), 160, 26.0),))
    stage = rm.stages[0].model_copy(update={"team_ids": ("t-a", "t-b")})
    parts = tuple(
        Measurement(id=f"t-{t}-{i}", metric_id="m-active", stage_id="s", team_id=t,
                    week=week(i), value=v, sample_size=n)
        for i in range(8)
        for t, v, n in (("t-a", 50.0, 80), ("t-b", 25.0, 40))
    )  # fmt: skip
    rm = rm.model_copy(update={"teams": teams, "stages": (stage,), "measurements": (
        *rm.measurements, *parts)})  # fmt: skip
    figures = value_report(rm, week(7)).stage("s")
    # 40 of 80 and 10 of 40: 50 active people (41.7 % of 120), not 41.7 % of 160 seats.
    assert [w.active_users for w in figures.weeks] == [50.0] * 8
    assert figures.realised_value == 8 * 50 * 2 * 25


def test_nothing_after_the_as_of_date_counts() -> None:
    later = week(9) + dt.timedelta(days=2)
    rm = roadmap(
        active={**EIGHT, 9: 90.0},
        hours={0: 2.0, 9: 10.0},
        licences=(seats(week(0), 52, 26.0), seats(later, 520, 26.0, key="b")),
        one_off=(
            OneOffCost(id="c1", stage_id="s", description="Training", date=week(0), amount=100),
            OneOffCost(id="c2", stage_id="s", description="Later", date=later, amount=9999),
        ),
    )
    as_of = week(9) + dt.timedelta(days=1)  # Tuesday of week 9, before the later entries
    stage = value_report(rm, as_of).stage("s")
    assert stage.one_off_cost == 100
    assert stage.seats == 52
    assert stage.licence_cost == 10 * 312
    # week 9's measurements start on or before the as-of date: they count
    assert stage.weeks_of_data == 9
    assert stage.weeks[-1].hours_per_user == 10.0


def test_minutes_per_day_give_hours_per_week_and_a_survey_holds_until_the_next() -> None:
    assert hours_known({}, {week(0): 12.0}, 5) == [(week(0), 1.0)]
    assert hours_known({week(0): 2.0}, {week(0): 12.0}, 5) == [(week(0), 2.0)]
    rm = roadmap(active=EIGHT, minutes={0: 12.0, 4: 24.0})
    stage = value_report(rm, week(7)).stage("s")
    assert [w.hours_per_user for w in stage.weeks] == [1.0] * 4 + [2.0] * 4
    # 50 active × 1 h × 25 = 1,250 for 4 weeks, then 2,500 for 4 weeks
    assert stage.realised_value == 4 * 1250 + 4 * 2500
    assert stage.minutes_saved == 120.0


def test_a_stage_without_hours_data_or_with_few_weeks_gives_no_realised_value() -> None:
    no_hours = value_report(roadmap(active=EIGHT), week(7)).stage("s")
    assert no_hours.status is Status.NO_HOURS
    assert no_hours.realised_value is None
    early = value_report(roadmap(active={0: 50.0, 1: 55.0}, hours={0: 2.0}), week(7)).stage("s")
    assert early.status is Status.TOO_EARLY
    assert early.weeks_of_data == 2
    assert early.realised_share is None
    assert early.adjusted_value_per_year is None
    nothing = value_report(roadmap(), week(7)).stage("s")
    assert nothing.status is Status.NO_USAGE
    assert nothing.weeks == ()


def use_case(uid: str, hours: float, status: UseCaseStatus, cost: float = 1000.0) -> UseCase:
    return UseCase(
        id=uid, name=uid, stage_id="s", planned_start=MONDAY, planned_end=week(20),
        status=status, expected_hours_saved=hours, cost_per_year=cost,
    )  # fmt: skip


def test_use_cases_share_the_realised_value_by_expected_value_and_add_up() -> None:
    cases = (
        use_case("u1", 1.0, UseCaseStatus.LIVE),
        use_case("u2", 2.0, UseCaseStatus.PILOTING),
        use_case("u3", 5.0, UseCaseStatus.IDEA),  # not in use: no share
    )
    report = value_report(roadmap(active=EIGHT, hours={0: 2.0}, use_cases=cases), week(7))
    stage = report.stage("s")
    by_id = {u.id: u for u in stage.use_cases}
    # expected per use case: hours × 100 users × 45 weeks × 50
    assert by_id["u1"].expected_value_per_year == 225_000
    assert stage.expected_value_per_year == 8 * 225_000
    assert (by_id["u1"].share, by_id["u2"].share, by_id["u3"].share) == (33.3, 66.7, 0.0)
    total = sum(u.realised_value or 0 for u in stage.use_cases)
    assert total == stage.realised_value == 20_000
    assert by_id["u3"].realised_value == 0
    # expected ROI (225,000 − 1,000) ÷ 1,000 = 22,400 %; adoption 50 % halves the value
    assert by_id["u1"].expected_roi == 224.0
    assert by_id["u1"].adjusted_value_per_year == 112_500
    assert by_id["u1"].adjusted_roi == 111.5
    # realised 20,000 of 1,800,000 expected a year
    assert stage.realised_share == 1.1


def test_allocation_adds_up_to_whole_units() -> None:
    shares = {"a": 1 / 3, "b": 1 / 3, "c": 1 / 3}
    assert allocate(100.0, shares) == {"a": 34.0, "b": 33.0, "c": 33.0}
    assert sum(allocate(1001.0, {"a": 0.5, "b": 0.5}).values()) == 1001.0


def test_the_figures_of_a_roadmap_and_date_hold_one_value_report() -> None:
    rm = roadmap(active=EIGHT, hours={0: 2.0})
    figures = Figures(rm, week(7))
    assert figures.value is figures.value
    assert figures.value == value_report(rm, week(7))
    assert Figures(rm, week(6)).value.stage("s").weeks_of_data == 7


# ------------------------------------------------------------------ template


def test_the_template_tells_a_believable_value_story() -> None:
    ai = templates.load("ai-adoption")
    as_of = max(m.week for m in ai.measurements) + dt.timedelta(days=6)
    writing, project, bespoke = value_report(ai, as_of).stages
    assert writing.status is Status.OK
    assert writing.realised_value is not None
    assert writing.realised_value > 0
    assert writing.net_value is not None
    assert writing.net_value < 0
    assert writing.payback is not None
    assert writing.payback.projected
    assert writing.value_to_price is not None
    assert writing.value_to_price > 100
    assert writing.price_per_seat_month == 28.1
    assert project.status is Status.TOO_EARLY
    assert project.weeks_of_data == 3
    assert project.cost > 0
    assert bespoke.status is Status.NO_USAGE
    assert bespoke.cost == 0  # its licences and builds start later


def test_a_gate_criterion_on_value_per_seat_reads_the_report() -> None:
    metric = Metric(
        id="m-cover", name="Value per seat vs price", unit="% of price",
        source=MetricSource.VALUE_TO_PRICE, min_value=0,
    )  # fmt: skip
    criterion = GateCriterion(id="c", stage_id="s", metric_id="m-cover", threshold=100.0)
    base = roadmap(active=EIGHT, hours={0: 2.0}, licences=(seats(week(0), 52, 26.0),))
    rm = base.model_copy(update={"metrics": (*METRICS, metric), "criteria": (criterion,)})
    (readiness,) = evaluate_all(rm, week(7))
    (result,) = readiness.results
    # 10,400 of value against 8 × 312 = 2,496 of seats: 416.7 %
    assert result.value == value_report(rm, week(7)).stage("s").value_to_price == 416.7
    assert result.status is CriterionStatus.MET
    early = rm.model_copy(update={"measurements": rm.measurements[:3]})
    (readiness,) = evaluate_all(early, week(7))
    assert readiness.results[0].status is CriterionStatus.NO_DATA
    assert "8 weeks of usage" in readiness.results[0].sentence
