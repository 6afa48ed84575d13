"""Gate evaluation: windows, roll-up, computed metrics, trends and suggested outcomes."""

from __future__ import annotations

import datetime as dt

import pytest
from gates_data import (
    REVIEW,
    TEAMS,
    criterion,
    data_sources,
    logistic,
    measure,
    roadmap,
    series,
    stage,
    use_case,
    week,
)

from planner.evidence.forecast import ForecastStatus
from planner.evidence.gates import (
    CriterionResult,
    CriterionStatus,
    StageReadiness,
    Trend,
    evaluate_all,
    evaluate_stage,
    format_value,
    stage_series,
)
from planner.measures import derived
from planner.model.entities import Comparator, Outcome, Stage, StageStatus, Team, Window


def only(readiness: StageReadiness, crit_id: str) -> CriterionResult:
    return next(r for r in readiness.results if r.criterion.id == crit_id)


def after(i: int, days: int = 2) -> dt.date:
    """A few days into week ``i``."""
    return week(i) + dt.timedelta(days=days)


# ------------------------------------------------------------------ outcomes


def test_a_stage_that_passes_every_criterion_is_a_go() -> None:
    rm = roadmap(
        criteria=(
            criterion("c-wau", "wau", 60, window=Window.MEAN, window_weeks=4),
            criterion("c-sat", "sat", 3.5, mandatory=False),
            criterion("c-data", "data", 2),
        ),
        use_cases=(
            use_case("uc1", data_source_ids=("ds-dms", "ds-claims")),
            use_case("uc2", data_source_ids=("ds-dms",)),
        ),
        measurements=series("wau", [20, 30, 40, 50, 58, 62, 65, 68, 70, 71])
        + series("sat", [3.6, 3.8], first=8),
    )
    result = evaluate_stage(rm, "s1", after(9))
    assert (result.met, result.total, result.mandatory_met) == (3, 3, True)
    assert result.suggested is Outcome.GO
    assert result.explanation == "All 3 criteria are met."
    assert result.score == 1.0
    assert result.mandatory_failed == ()
    wau = only(result, "c-wau")
    assert wau.value == pytest.approx((65 + 68 + 70 + 71) / 4)
    assert (wau.period_start, wau.period_end) == (week(6), week(9))
    assert wau.weeks_of_data == 10
    assert wau.trend is Trend.RISING
    assert wau.forecast is None
    assert wau.sentence == (
        "Weekly active users 68.5 % (mean of 4 weeks to 9 Mar) — meets ≥ 60 % over 4 weeks"
    )
    assert only(result, "c-data").value == 2


def test_failing_a_mandatory_criterion_while_scoring_well_is_a_recycle() -> None:
    rm = roadmap(
        criteria=(
            criterion("c-wau", "wau", 60),
            criterion("c-sat", "sat", 3.5, mandatory=False),
            criterion("c-uses", "uses", 5, mandatory=False),
        ),
        measurements=series("wau", [70, 68, 64, 60, 55, 50])
        + series("sat", [4.2] * 6)
        + series("uses", [9, 10, 11, 12, 12, 13]),
    )
    result = evaluate_stage(rm, "s1", after(5))
    assert result.score == 1.0  # every advisory criterion met
    assert (result.met, result.total, result.mandatory_met) == (2, 3, False)
    assert [r.criterion.id for r in result.mandatory_failed] == ["c-wau"]
    wau = only(result, "c-wau")
    assert wau.status is CriterionStatus.NOT_MET
    assert wau.trend is Trend.FALLING
    assert wau.forecast is not None
    assert wau.forecast.status is ForecastStatus.NO_PROGRESS
    assert result.suggested is Outcome.RECYCLE
    assert result.explanation.startswith(
        "Mandatory criteria unlikely to be met at the current trend: Weekly active users"
    )


def test_a_stage_without_data_is_held_for_lack_of_evidence() -> None:
    rm = roadmap(
        criteria=(
            criterion("c-wau", "wau", 60),
            criterion("c-sat", "sat", 3.5, mandatory=False),
            criterion("c-hours", "hours", 30),
        )
    )
    result = evaluate_stage(rm, "s1", after(5))
    assert [r.status for r in result.results] == [CriterionStatus.NO_DATA] * 3
    assert result.suggested is Outcome.HOLD
    assert result.explanation == "Not enough evidence: 3 of 3 criteria have no data yet."
    wau = only(result, "c-wau")
    assert wau.value is None
    assert wau.period_start is None
    assert wau.trend is Trend.UNKNOWN
    assert wau.sentence == "Weekly active users: no data up to 11 Feb 2026 — needs ≥ 60 %"
    assert wau.forecast is not None
    assert wau.forecast.sentence == "not enough data: 0 weeks, need 4"


def test_a_gate_without_criteria_is_held() -> None:
    result = evaluate_stage(roadmap(), "s1", after(5))
    assert (result.total, result.met, result.mandatory_met, result.score) == (0, 0, True, 1.0)
    assert result.suggested is Outcome.HOLD
    assert "no criteria" in result.explanation


def test_mandatory_met_and_an_advisory_missed_is_go_with_conditions() -> None:
    rm = roadmap(
        criteria=(
            criterion("c-wau", "wau", 60),
            criterion("c-sat", "sat", 4.0, mandatory=False),
            criterion("c-uses", "uses", 5, mandatory=False),
        ),
        measurements=series("wau", [61, 64, 66]) + series("sat", [3.6, 3.7, 3.7])
        + series("uses", [6, 7, 8]),
    )  # fmt: skip
    result = evaluate_stage(rm, "s1", after(2))
    assert result.suggested is Outcome.GO_WITH_CONDITIONS
    assert result.score == 0.5
    assert result.explanation == (
        "Every mandatory criterion is met; advisory criteria not met: Satisfaction."
    )


def test_mandatory_expected_before_the_review_is_a_hold_on_track() -> None:
    values = [logistic(t) for t in range(13)]
    rm = roadmap(
        criteria=(criterion("c-wau", "wau", 65),),
        measurements=series("wau", values),
    )
    result = evaluate_stage(rm, "s1", after(12, 1))
    wau = only(result, "c-wau")
    assert wau.forecast is not None
    assert wau.forecast.status is ForecastStatus.ON_TRACK
    assert wau.forecast.expected == week(14)  # the curve crosses 65 at t = 13.4
    assert result.suggested is Outcome.HOLD
    assert result.explanation.startswith("Mandatory criteria not met yet but expected in time")


def test_mandatory_expected_after_the_review_is_a_hold_at_risk() -> None:
    values = [logistic(t) for t in range(13)]
    rm = roadmap(
        stages=(stage(gate_review=week(13) + dt.timedelta(days=3)),),
        criteria=(criterion("c-wau", "wau", 65),),
        measurements=series("wau", values),
    )
    result = evaluate_stage(rm, "s1", after(12, 1))
    forecast = only(result, "c-wau").forecast
    assert forecast is not None
    assert forecast.status is ForecastStatus.AT_RISK
    assert forecast.sentence == "expected 13 Apr 2026, after the review on 9 Apr — at risk"
    assert result.suggested is Outcome.HOLD
    assert result.explanation.startswith("Mandatory criteria not met: Weekly active users")


def test_preparation_not_done_is_a_hold_not_a_recycle() -> None:
    rm = roadmap(
        criteria=(criterion("c-amb", "amb", 5), criterion("c-wau", "wau", 50)),
        measurements=series("wau", [55, 56, 57]),
    )
    result = evaluate_stage(rm, "s1", after(2))
    amb = only(result, "c-amb")
    assert amb.status is CriterionStatus.NOT_MET
    assert amb.value == pytest.approx(2.5)
    assert amb.forecast is not None
    assert amb.forecast.status is ForecastStatus.NOT_ENOUGH_DATA
    assert amb.forecast.expected is None
    assert result.suggested is Outcome.HOLD


def test_mostly_no_data_wins_over_met_mandatory_criteria() -> None:
    rm = roadmap(
        criteria=(
            criterion("c-wau", "wau", 50),
            criterion("c-sat", "sat", 3.5, mandatory=False),
            criterion("c-uses", "uses", 5, mandatory=False),
        ),
        measurements=series("wau", [60]),
    )
    result = evaluate_stage(rm, "s1", after(0))
    assert result.mandatory_met
    assert result.suggested is Outcome.HOLD
    assert result.explanation.startswith("Not enough evidence: 2 of 3")


# ------------------------------------------------------------------ windows


def test_latest_window_uses_the_most_recent_measured_week() -> None:
    rm = roadmap(
        criteria=(criterion("c-wau", "wau", 60),),
        measurements=(*series("wau", [50, 55]), measure("wau", 4, 62)),
    )
    wau = only(evaluate_stage(rm, "s1", after(6)), "c-wau")
    assert wau.value == 62
    assert (wau.period_start, wau.period_end) == (week(4), week(4))
    assert wau.status is CriterionStatus.MET
    assert wau.sentence == "Weekly active users 62 % (week of 2 Feb) — meets ≥ 60 %"


def test_mean_window_takes_the_last_measured_weeks_even_with_gaps() -> None:
    rm = roadmap(
        criteria=(criterion("c-wau", "wau", 60, window=Window.MEAN, window_weeks=3),),
        measurements=(measure("wau", 0, 10), measure("wau", 2, 58), measure("wau", 5, 61),
                      measure("wau", 6, 64)),
    )  # fmt: skip
    wau = only(evaluate_stage(rm, "s1", after(6)), "c-wau")
    assert wau.value == pytest.approx((58 + 61 + 64) / 3)
    assert (wau.period_start, wau.period_end) == (week(2), week(6))
    assert wau.status is CriterionStatus.MET


def test_a_mean_window_not_yet_filled_is_not_met_even_above_the_threshold() -> None:
    rm = roadmap(
        criteria=(criterion("c-wau", "wau", 60, window=Window.MEAN, window_weeks=4),),
        measurements=series("wau", [70, 72]),
    )
    wau = only(evaluate_stage(rm, "s1", after(1)), "c-wau")
    assert wau.value == 71
    assert wau.status is CriterionStatus.NOT_MET
    assert "only 2 of 4 weeks" in wau.sentence
    assert wau.forecast is not None
    assert wau.forecast.sentence == "not enough data: 2 weeks, need 4"


def test_only_weeks_starting_on_or_before_the_as_of_date_count() -> None:
    rm = roadmap(
        criteria=(criterion("c-wau", "wau", 60),),
        measurements=series("wau", [50, 55, 65]),
    )
    assert only(evaluate_stage(rm, "s1", week(2)), "c-wau").value == 65  # the Monday itself
    before = only(evaluate_stage(rm, "s1", week(2) - dt.timedelta(days=1)), "c-wau")
    assert before.value == 55
    assert before.status is CriterionStatus.NOT_MET
    assert only(evaluate_stage(rm, "s1", week(0) - dt.timedelta(days=1)), "c-wau").status is (
        CriterionStatus.NO_DATA
    )


def test_an_old_latest_value_says_how_old_it_is() -> None:
    rm = roadmap(criteria=(criterion("c-wau", "wau", 60),), measurements=series("wau", [62]))
    wau = only(evaluate_stage(rm, "s1", after(10)), "c-wau")
    assert wau.status is CriterionStatus.MET
    assert "10 weeks old" in wau.sentence


def test_at_most_and_equal_comparators() -> None:
    rm = roadmap(
        criteria=(
            criterion("c-err", "errors", 5, comparator=Comparator.AT_MOST),
            criterion("c-err2", "errors", 3, comparator=Comparator.AT_MOST),
            criterion("c-eq", "data", 2, comparator=Comparator.EQUAL),
            criterion("c-eq-near", "data", 2.01, comparator=Comparator.EQUAL),
            criterion("c-eq-far", "data", 2.1, comparator=Comparator.EQUAL),
        ),
        use_cases=(use_case("uc1", data_source_ids=("ds-claims",)),),
        measurements=series("errors", [9, 7, 4]),
    )
    result = evaluate_stage(rm, "s1", after(2))
    status = {r.criterion.id: r.status for r in result.results}
    assert status == {
        "c-err": CriterionStatus.MET,
        "c-err2": CriterionStatus.NOT_MET,
        "c-eq": CriterionStatus.MET,
        "c-eq-near": CriterionStatus.MET,  # within 0.5 % of the 0–4 range
        "c-eq-far": CriterionStatus.NOT_MET,
    }
    assert only(result, "c-err").trend is Trend.FALLING
    assert (
        only(result, "c-err").sentence
        == "Errors per 100 letters 4 per 100 (week of 19 Jan) — meets ≤ 5 per 100"
    )


# ------------------------------------------------------------------ trends


@pytest.mark.parametrize(
    ("values", "trend"),
    [
        ([40, 43, 46, 49, 52, 55], Trend.RISING),
        ([50, 50.2, 49.9, 50.1, 50, 50.2], Trend.FLAT),
        ([60, 57, 55, 52, 50, 47], Trend.FALLING),
        ([40, 45], Trend.UNKNOWN),
        # Only the last six weeks count: an old rise does not hide a recent fall.
        ([10, 20, 30, 40, 50, 60, 70, 69, 66, 63, 60, 57], Trend.FALLING),
    ],
)
def test_trend_of_the_recent_weeks(values: list[float], trend: Trend) -> None:
    rm = roadmap(criteria=(criterion("c-wau", "wau", 80),), measurements=series("wau", values))
    assert only(evaluate_stage(rm, "s1", after(len(values))), "c-wau").trend is trend


def test_flat_is_relative_to_the_scale_of_the_criterion() -> None:
    # Hours saved: a tenth of an hour a week is real progress when the target is 2 h.
    small = roadmap(criteria=(criterion("c-h", "hours", 2),),
                    measurements=series("hours", [1.0, 1.1, 1.2, 1.3, 1.4]))  # fmt: skip
    assert only(evaluate_stage(small, "s1", after(4)), "c-h").trend is Trend.RISING
    # The same step on a 60 % adoption target is noise.
    big = roadmap(criteria=(criterion("c-w", "wau", 60),),
                  measurements=series("wau", [50.0, 50.1, 50.2, 50.3, 50.4]))  # fmt: skip
    assert only(evaluate_stage(big, "s1", after(4)), "c-w").trend is Trend.FLAT


# ------------------------------------------------------------------ roll-up


def test_team_values_weigh_by_sample_size() -> None:
    rm = roadmap(
        measurements=(
            measure("wau", 0, 40, team_id="claims", sample_size=10),
            measure("wau", 0, 80, team_id="finance", sample_size=30),
        )
    )
    assert stage_series(rm, "s1", "wau") == [(week(0), 70.0)]


def test_team_values_weigh_by_headcount_without_sample_size() -> None:
    rm = roadmap(
        measurements=(
            measure("wau", 0, 50, team_id="claims"),  # 20 people
            measure("wau", 0, 90, team_id="finance"),  # 60 people
        )
    )
    assert stage_series(rm, "s1", "wau") == [(week(0), 80.0)]


def test_a_value_without_any_size_makes_the_week_an_equal_mean() -> None:
    teams = (*TEAMS, Team(id="new", name="New team", headcount=0))
    rm = roadmap(
        teams=teams,
        measurements=(
            measure("wau", 0, 50, team_id="claims"),
            measure("wau", 0, 90, team_id="new"),
        ),
    )
    assert stage_series(rm, "s1", "wau") == [(week(0), 70.0)]


def test_a_whole_stage_value_wins_over_team_and_use_case_values() -> None:
    rm = roadmap(
        use_cases=(use_case("uc1"),),
        measurements=(
            measure("wau", 0, 33),
            measure("wau", 0, 90, team_id="finance"),
            measure("wau", 0, 10, stage_id=None, use_case_id="uc1"),
            measure("wau", 1, 90, team_id="finance", sample_size=5),
            measure("wau", 1, 10, stage_id=None, use_case_id="uc1", sample_size=500),
        ),
    )
    # Week 1: the stage's team values are broader than the use cases' and win.
    assert stage_series(rm, "s1", "wau") == [(week(0), 33.0), (week(1), 90.0)]


def test_use_case_values_roll_up_through_teams_then_use_cases() -> None:
    rm = roadmap(
        use_cases=(use_case("uc1"), use_case("uc2", team_ids=("legal",))),
        measurements=(
            # uc1 by team: (40·10 + 60·30) / 40 = 55, weighing 40
            measure("wau", 0, 40, stage_id=None, use_case_id="uc1", team_id="claims",
                    sample_size=10),
            measure("wau", 0, 60, stage_id=None, use_case_id="uc1", team_id="finance",
                    sample_size=30),
            # uc2 as a whole: 80, weighing its team's headcount (Legal, 10)
            measure("wau", 0, 80, stage_id=None, use_case_id="uc2"),
        ),
    )  # fmt: skip
    # (55·40 + 80·10) / 50 = 60
    assert stage_series(rm, "s1", "wau") == [(week(0), 60.0)]


def test_sum_and_mean_roll_ups() -> None:
    rm = roadmap(
        use_cases=(use_case("uc1"), use_case("uc2")),
        measurements=(
            measure("hours", 0, 1.5, stage_id=None, use_case_id="uc1", team_id="claims"),
            measure("hours", 0, 2.5, stage_id=None, use_case_id="uc1", team_id="finance"),
            measure("hours", 0, 2.0, stage_id=None, use_case_id="uc2"),
            measure("sat", 0, 3.0, team_id="claims", sample_size=100),
            measure("sat", 0, 4.0, team_id="finance", sample_size=1),
        ),
    )
    assert stage_series(rm, "s1", "hours") == [(week(0), 6.0)]
    assert stage_series(rm, "s1", "sat") == [(week(0), 3.5)]


def test_use_cases_of_other_stages_do_not_count() -> None:
    s2 = stage("s2", planned_start=week(10), planned_end=week(30), gate_review=week(29))
    rm = roadmap(
        stages=(stage(), s2),
        use_cases=(use_case("uc1"), use_case("uc9", stage_id="s2"),
                   use_case("uc0", stage_id=None)),
        measurements=(
            measure("wau", 0, 40, stage_id=None, use_case_id="uc1"),
            measure("wau", 0, 99, stage_id=None, use_case_id="uc9"),
            measure("wau", 0, 77, stage_id=None, use_case_id="uc0"),
            measure("wau", 1, 50, stage_id="s2"),
        ),
    )  # fmt: skip
    assert stage_series(rm, "s1", "wau") == [(week(0), 40.0)]
    assert stage_series(rm, "s2", "wau") == [(week(0), 99.0), (week(1), 50.0)]


def test_stage_series_cuts_at_the_as_of_date_and_rejects_unknown_ids() -> None:
    rm = roadmap(measurements=series("wau", [10, 20, 30, 40]))
    assert stage_series(rm, "s1", "wau", week(2)) == [(week(0), 10), (week(1), 20), (week(2), 30)]
    assert len(stage_series(rm, "s1", "wau")) == 4
    with pytest.raises(KeyError):
        stage_series(rm, "s1", "nope")
    with pytest.raises(KeyError):
        stage_series(rm, "nope", "wau")


# ------------------------------------------------------------------ computed metrics


def test_ambassadors_per_100_of_the_stage_teams() -> None:
    rm = roadmap(criteria=(criterion("c-amb", "amb", 2),))
    amb = only(evaluate_stage(rm, "s1", after(3)), "c-amb")
    # Claims 20 + Finance 60 people, two ambassadors: 2.5 per 100.
    assert amb.value == pytest.approx(2.5)
    assert amb.value == derived.ambassadors_per_100(rm, ("claims", "finance"))
    assert amb.status is CriterionStatus.MET
    assert (amb.period_start, amb.period_end) == (after(3), after(3))
    assert amb.sentence.startswith("Ambassadors per 100 users 2.5 per 100 (from the roadmap on")


def test_training_coverage_counts_trainings_up_to_the_as_of_date() -> None:
    rm = roadmap(criteria=(criterion("c-tr", "trained", 75),))
    # Key users of Claims and Finance: Ana (12 Jan), Ben (2 Feb), Cy (30 Mar), Di (never).
    march = only(evaluate_stage(rm, "s1", dt.date(2026, 3, 1)), "c-tr")
    assert march.value == 50.0
    assert march.value == derived.training_coverage(rm, ("claims", "finance"), dt.date(2026, 3, 1))
    assert march.status is CriterionStatus.NOT_MET
    assert march.forecast is not None
    assert march.forecast.status is ForecastStatus.ON_TRACK
    assert march.forecast.expected == dt.date(2026, 3, 30)
    assert "by the trainings planned" in march.forecast.sentence
    april = only(evaluate_stage(rm, "s1", dt.date(2026, 4, 1)), "c-tr")
    assert april.value == 75.0
    assert april.status is CriterionStatus.MET


def test_training_that_no_planned_date_completes_is_unlikely() -> None:
    rm = roadmap(criteria=(criterion("c-tr", "trained", 100),))
    result = only(evaluate_stage(rm, "s1", dt.date(2026, 3, 1)), "c-tr")
    assert result.forecast is not None
    assert result.forecast.status is ForecastStatus.UNLIKELY
    assert result.forecast.sentence == (
        "not reached by the trainings planned: 2 of 4 key users trained, 1 more planned"
    )


def test_training_series_is_weekly_from_the_stage_start() -> None:
    rm = roadmap()
    points = stage_series(rm, "s1", "trained", dt.date(2026, 2, 4))
    assert [p[0] for p in points] == [week(0), week(1), week(2), week(3), week(4)]
    assert [p[1] for p in points] == [0.0, 25.0, 25.0, 25.0, 50.0]


def test_data_readiness_is_the_weakest_source_of_the_stage_use_cases() -> None:
    rm = roadmap(
        criteria=(criterion("c-data", "data", 3),),
        use_cases=(
            use_case("uc1", data_source_ids=("ds-dms",)),
            use_case("uc2", data_source_ids=("ds-dms", "ds-claims")),
            use_case("uc3", stage_id=None, data_source_ids=("ds-old",)),
        ),
    )
    data = only(evaluate_stage(rm, "s1", after(3)), "c-data")
    assert data.value == 2 == derived.stage_data_readiness(rm, "s1")
    assert data.status is CriterionStatus.NOT_MET
    assert data.forecast is not None
    assert data.forecast.sentence == "no forecast: the roadmap keeps no history of data readiness"
    assert stage_series(rm, "s1", "data", after(3)) == [(week(3), 2.0)]


def test_computed_metrics_without_anything_to_compute_from_have_no_data() -> None:
    bare = stage(team_ids=())
    rm = roadmap(
        stages=(bare,),
        criteria=(
            criterion("c-amb", "amb", 1),
            criterion("c-tr", "trained", 50),
            criterion("c-data", "data", 1),
        ),
    )
    result = evaluate_stage(rm, "s1", after(3))
    assert [r.status for r in result.results] == [CriterionStatus.NO_DATA] * 3
    assert only(result, "c-amb").sentence == (
        "Ambassadors per 100 users: cannot be computed (the stage's teams have no headcount)"
        " — needs ≥ 1 per 100"
    )


# ------------------------------------------------------------------ misc


def test_evaluate_all_follows_stage_order_and_unknown_stage_is_an_error() -> None:
    s2 = Stage(id="s2", name="Stage 2", planned_start=week(10), planned_end=week(30),
               status=StageStatus.PLANNED, gate_review=week(29))  # fmt: skip
    rm = roadmap(stages=(stage(), s2), criteria=(criterion("c2", "wau", 60, stage_id="s2"),))
    results = evaluate_all(rm, after(3))
    assert [r.stage.id for r in results] == ["s1", "s2"]
    assert [r.total for r in results] == [0, 1]
    with pytest.raises(KeyError):
        evaluate_stage(rm, "missing", after(3))


def test_results_are_the_same_for_the_same_roadmap_and_date() -> None:
    rm = roadmap(
        criteria=(criterion("c-wau", "wau", 90),),
        measurements=series("wau", [logistic(t) for t in range(12)]),
    )
    rebuilt = rm.model_copy()
    assert evaluate_all(rm, after(11)) == evaluate_all(rebuilt, after(11))


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [(54.0, "%", "54 %"), (1.25, "h/week", "1.25 h/week"), (3.8, "1–5", "3.8"),
     (1234.5, "", "1234.5"), (1.175, "h/week", "1.18 h/week"),
     (60.55, "%", "60.6 %"), (2.675, "", "2.68"), (-0.0001, "%", "0 %"), (0.0, "%", "0 %")],
)  # fmt: skip
def test_format_value(value: float, unit: str, text: str) -> None:
    assert format_value(value, unit) == text


def test_data_sources_fixture_readiness_is_as_documented() -> None:
    assert [derived.data_readiness(s) for s in data_sources()] == [4, 2, 0]
    assert week(15) == REVIEW


# ------------------------------------------ status agrees with the figure shown (audit, #11.5)


@pytest.mark.parametrize(
    ("values", "shown", "met"),
    [
        ([59.96], "60 %", True),  # shown 60 % against ≥ 60 %: met, not "✗ 60 %"
        ([59.94], "59.9 %", False),
        ([59.9, 60.0, 60.0], "60 %", True),  # a 4-week mean of 59.975
    ],
)
def test_the_status_agrees_with_the_figure_every_view_shows(
    values: list[float], shown: str, met: bool
) -> None:
    rm = roadmap(
        criteria=(criterion("c-wau", "wau", 60, window=Window.MEAN, window_weeks=len(values)),),
        measurements=series("wau", values),
    )
    result = only(evaluate_stage(rm, "s1", after(len(values) - 1)), "c-wau")
    assert format_value(result.value, "%") == shown  # type: ignore[arg-type]
    assert (result.status is CriterionStatus.MET) is met
    assert result.sentence.startswith("Weekly active users " + shown)
    assert ("meets" in result.sentence) is met


def test_the_team_week_colour_agrees_with_the_figure_shown() -> None:
    from planner.measures.adoption import StageAdoption, Tone
    from planner.model.entities import UsageFigure

    view = StageAdoption.__new__(StageAdoption)
    object.__setattr__(view, "thresholds", {UsageFigure.ACTIVE: (Comparator.AT_LEAST, 60.0)})
    wau = roadmap().metrics[0]
    assert wau.unit == "%"
    object.__setattr__(view, "metrics", {UsageFigure.ACTIVE: wau})
    assert view.tone(UsageFigure.ACTIVE, 59.96) is Tone.MET  # shown "60 %"
    assert view.tone(UsageFigure.ACTIVE, 59.94) is Tone.NEAR
