"""Forecasts of when a criterion will be met, on synthetic adoption curves."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence

import pytest
from gates_data import logistic, noisy, week
from hypothesis import given
from hypothesis import strategies as st

from planner.evidence.forecast import (
    HORIZON_WEEKS,
    MIN_WEEKS,
    Forecast,
    ForecastStatus,
    forecast_crossing,
    format_day,
    format_number,
)
from planner.model.entities import Comparator

Points = list[tuple[dt.date, float]]


def points(values: Sequence[float], first: int = 0) -> Points:
    return [(week(first + i), v) for i, v in enumerate(values)]


def crossing_week(curve: object, threshold: float, rising: bool = True) -> dt.date:
    """The first week whose true (noise-free) value crosses the threshold."""
    for i in range(300):
        value = curve(i)  # type: ignore[operator]
        if (value >= threshold) if rising else (value <= threshold):
            return week(i)
    raise AssertionError("never crosses")


def at_least(pts: Points, threshold: float, **kw: object) -> Forecast:
    options: dict[str, object] = {"deadline": None, "as_of": pts[-1][0] + dt.timedelta(days=3),
                                  "ceiling": 100.0, "floor": 0.0}  # fmt: skip
    options.update(kw)
    return forecast_crossing(pts, threshold, Comparator.AT_LEAST, **options)  # type: ignore[arg-type]


# ------------------------------------------------------------------ recovering known dates


@pytest.mark.parametrize("seed", range(10))
def test_recovers_the_crossing_of_a_noisy_logistic_within_a_week(seed: int) -> None:
    # Adoption levelling off at 85 %, inflection at week 10; 16 weeks measured with noise
    # of ±1 point; the true curve crosses 75 % in week 16.
    values = noisy([logistic(t) for t in range(16)], sd=1.0, seed=seed)
    truth = crossing_week(logistic, 75)
    forecast = at_least(points(values), 75)
    assert forecast.status is ForecastStatus.ON_TRACK
    assert forecast.expected is not None
    assert abs((forecast.expected - truth).days) <= 7
    assert forecast.level is not None
    assert 75 < forecast.level <= 100
    assert forecast.r_squared is not None
    assert forecast.r_squared > 0.9


@pytest.mark.parametrize("seed", range(5))
def test_recovers_a_saturating_exponential_without_a_ceiling(seed: int) -> None:
    # Hours saved per user approaching 3 h/week: 3 − 2.5·e^(−0.12 t); crosses 2.4 at t = 12.7.
    def curve(t: float) -> float:
        return 3.0 - 2.5 * math.exp(-0.12 * t)

    values = noisy([curve(t) for t in range(10)], sd=0.03, seed=seed, high=40)
    forecast = at_least(points(values), 2.4, ceiling=None)
    assert forecast.expected is not None
    assert abs((forecast.expected - crossing_week(curve, 2.4)).days) <= 7


@pytest.mark.parametrize("seed", range(10))
def test_lower_is_better_works_symmetrically(seed: int) -> None:
    # Errors per 100 letters falling from 30 towards 6, measured ±0.2 for 11 weeks; the
    # threshold ≤ 12 is crossed in week 11 (t = 10.75). The metric may range up to 100:
    # the fall starts from its baseline, not from the far bound.
    def curve(t: float) -> float:
        return 30.0 - logistic(t, top=24.0, rate=0.4, mid=8.0)

    values = noisy([curve(t) for t in range(11)], sd=0.2, seed=seed)
    truth = crossing_week(curve, 12, rising=False)
    forecast = forecast_crossing(
        points(values), 12, Comparator.AT_MOST, deadline=week(30),
        as_of=week(10) + dt.timedelta(days=2), ceiling=100, floor=0,
    )  # fmt: skip
    assert forecast.status is ForecastStatus.ON_TRACK
    assert forecast.expected is not None
    assert abs((forecast.expected - truth).days) <= 7
    assert forecast.level is not None
    assert forecast.level < 12


def test_a_mean_window_is_met_later_than_its_latest_week() -> None:
    pts = points([logistic(t) for t in range(13)])
    latest = at_least(pts, 70)
    mean4 = at_least(pts, 70, window_weeks=4)
    assert latest.expected is not None
    assert mean4.expected is not None
    assert latest.expected == crossing_week(logistic, 70)
    # The mean of four weeks reaches 70 once the window has moved past the crossing.
    true_mean_week = next(
        week(i) for i in range(4, 60) if sum(logistic(i - j) for j in range(4)) / 4 >= 70
    )
    assert mean4.expected == true_mean_week
    assert mean4.expected > latest.expected


def test_equal_threshold_is_approached_from_either_side() -> None:
    rising = forecast_crossing(points([logistic(t) for t in range(13)]), 70, Comparator.EQUAL,
                               deadline=None, as_of=week(12), ceiling=100, floor=0,
                               tolerance=0.5)  # fmt: skip
    assert rising.expected == crossing_week(lambda t: logistic(t) + 0.5, 70)
    falling_values = [100 - logistic(t) for t in range(13)]
    falling = forecast_crossing(points(falling_values), 30, Comparator.EQUAL, deadline=None,
                                as_of=week(12), ceiling=100, floor=0, tolerance=0.5)  # fmt: skip
    assert falling.expected == crossing_week(lambda t: 100 - logistic(t) - 0.5, 30, rising=False)


# ------------------------------------------------------------------ refusals


def test_too_few_weeks_give_no_date() -> None:
    forecast = at_least(points([10, 20, 30]), 60)
    assert forecast.status is ForecastStatus.NOT_ENOUGH_DATA
    assert forecast.expected is None
    assert (forecast.weeks_of_data, forecast.weeks_needed) == (3, MIN_WEEKS)
    assert forecast.sentence == "not enough data: 3 weeks, need 4"
    assert at_least(points([10]), 60).sentence == "not enough data: 1 week, need 4"


@pytest.mark.parametrize("seed", range(20))
def test_pure_noise_gives_no_date(seed: int) -> None:
    rng = random.Random(seed)
    values = [40 + rng.uniform(-8, 8) for _ in range(12)]
    forecast = at_least(points(values), 60, deadline=week(30))
    assert forecast.expected is None
    assert forecast.status in (ForecastStatus.NO_PROGRESS, ForecastStatus.NOT_ENOUGH_DATA)


def test_irregular_but_rising_values_are_too_irregular_to_forecast() -> None:
    values = [10, 45, 12, 50, 15, 52, 18, 55, 20, 30, 25, 60]
    forecast = at_least(points(values), 80)
    assert forecast.status is ForecastStatus.NOT_ENOUGH_DATA
    assert forecast.sentence.startswith("no forecast: the weekly values are too irregular")
    assert forecast.expected is None


def test_flat_and_falling_series_make_no_progress() -> None:
    flat = at_least(points([50, 50.2, 49.9, 50.1, 50, 50.1]), 60)
    assert flat.status is ForecastStatus.NO_PROGRESS
    assert flat.sentence == "no progress: flat over the last 6 weeks"
    falling = at_least(points([58, 56, 53, 50, 47, 44]), 60)
    assert falling.status is ForecastStatus.NO_PROGRESS
    assert falling.sentence == "no progress: moving away from the threshold over the last 6 weeks"


def test_a_curve_levelling_off_below_the_threshold_is_unlikely() -> None:
    values = [logistic(t, top=52) for t in range(18)]
    forecast = at_least(points(values), 60, unit="%")
    assert forecast.status is ForecastStatus.UNLIKELY
    assert forecast.expected is None
    assert forecast.level == pytest.approx(52, abs=1)
    assert forecast.sentence.startswith("unlikely at the current trend: levels off near 5")
    assert forecast.sentence.endswith(" %")


def test_a_threshold_beyond_the_metric_range_is_unlikely() -> None:
    forecast = forecast_crossing(points([1, 2, 3, 4, 5]), 6, Comparator.AT_LEAST, deadline=None,
                                 as_of=week(5), ceiling=5, floor=1)  # fmt: skip
    assert forecast.status is ForecastStatus.UNLIKELY
    assert "beyond the metric's range" in forecast.sentence


def test_never_more_than_two_years_ahead() -> None:
    # Very slow growth with no ceiling: it would cross 95 only after many years.
    values = [10 + 0.02 * t for t in range(12)]
    forecast = at_least(points(values), 95, ceiling=None)
    assert forecast.expected is None
    assert forecast.status in (ForecastStatus.UNLIKELY, ForecastStatus.NO_PROGRESS)


def test_nothing_measured_for_two_months_gives_no_date() -> None:
    pts = points([logistic(t) for t in range(12)])
    forecast = at_least(pts, 80, as_of=week(11) + dt.timedelta(weeks=9))
    assert forecast.status is ForecastStatus.NOT_ENOUGH_DATA
    assert forecast.sentence == "no forecast: nothing measured since the week of 23 Mar 2026"


def test_points_after_the_as_of_date_are_ignored() -> None:
    pts = points([logistic(t) for t in range(14)])
    cut = at_least(pts, 80, as_of=week(3) + dt.timedelta(days=1))
    assert cut.weeks_of_data == 4


# ------------------------------------------------------------------ sentences


def test_on_track_and_at_risk_sentences() -> None:
    pts = points([logistic(t) for t in range(13)])  # crosses 65 in week 14 (13 Apr 2026)
    on_track = at_least(pts, 65, deadline=dt.date(2026, 4, 20))
    assert on_track.status is ForecastStatus.ON_TRACK
    assert on_track.sentence == "expected 13 Apr 2026 — on track for the review on 20 Apr"
    at_risk = at_least(pts, 65, deadline=dt.date(2026, 4, 2))
    assert at_risk.status is ForecastStatus.AT_RISK
    assert at_risk.sentence == "expected 13 Apr 2026, after the review on 2 Apr — at risk"
    next_year = at_least(pts, 65, deadline=dt.date(2027, 1, 15))
    assert next_year.sentence.endswith("review on 15 Jan 2027")
    no_review = at_least(pts, 65)
    assert no_review.sentence == "expected 13 Apr 2026 (no review date set)"


def test_an_already_met_window_is_reported_as_met() -> None:
    forecast = at_least(points([50, 55, 61, 66]), 60)
    assert forecast.status is ForecastStatus.ON_TRACK
    assert forecast.expected == week(3)


def test_a_window_not_yet_full_is_expected_when_it_fills() -> None:
    pts = points([70, 71, 72, 73, 74])
    forecast = at_least(pts, 60, window_weeks=8, deadline=week(6))
    assert forecast.expected == week(7)
    assert forecast.status is ForecastStatus.AT_RISK
    assert forecast.sentence == (
        "expected 23 Feb 2026 once 8 weeks are measured, after the review on 16 Feb — at risk"
    )


def test_a_projected_window_counts_only_once_full() -> None:
    # Six weeks measured (the curve from t = 5); the mean of eight weeks mixes the measured
    # weeks with projected ones and counts only once eight weeks exist.
    pts = points([logistic(t + 5) for t in range(6)])
    forecast = at_least(pts, 40, window_weeks=8)
    truth = next(
        week(w) for w in range(7, 60) if sum(logistic(w + 5 - j) for j in range(8)) / 8 >= 40
    )
    assert forecast.expected == truth
    assert truth > week(7)


def test_format_day_and_number() -> None:
    assert format_day(dt.date(2027, 3, 12)) == "12 Mar 2027"
    assert format_day(dt.date(2027, 3, 12), year=False) == "12 Mar"
    assert [format_number(v) for v in (54.0, 54.56, 3.75, 0.125, 0.0125, 1234.4, -2.5)] == [
        "54", "54.6", "3.75", "0.13", "0.013", "1234", "-2.5",
    ]  # fmt: skip


# ------------------------------------------------------------------ never invents


@given(
    st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=0, max_size=30),
    st.floats(min_value=0, max_value=100),
    st.sampled_from(list(Comparator)),
    st.integers(min_value=1, max_value=8),
)
def test_any_series_gives_a_bounded_answer(
    values: list[float], threshold: float, comparator: Comparator, window: int
) -> None:
    pts = points(values)
    as_of = week(max(len(values) - 1, 0)) + dt.timedelta(days=2)
    forecast = forecast_crossing(
        pts, threshold, comparator, deadline=week(20), as_of=as_of,
        ceiling=100, floor=0, window_weeks=window, tolerance=0.5,
    )  # fmt: skip
    assert forecast.sentence
    if len(values) < MIN_WEEKS:
        assert forecast.expected is None
    if forecast.expected is not None:
        assert forecast.status in (ForecastStatus.ON_TRACK, ForecastStatus.AT_RISK)
        assert forecast.expected <= as_of + dt.timedelta(weeks=HORIZON_WEEKS)
        assert forecast.expected >= pts[-1][0]
