"""The weekly roll-up's C-speed path (whole use cases with sizes) gives exactly the
numbers of the general path (issue 17: faster gates, one set of numbers)."""

from __future__ import annotations

import random

import pytest

from planner import templates
from planner.measures.series import SeriesIndex, _combine
from planner.model.entities import Rollup


@pytest.mark.parametrize("rollup", list(Rollup))
@pytest.mark.parametrize("seed", range(5))
def test_whole_use_cases_with_sizes_roll_up_as_combine_does(rollup: Rollup, seed: int) -> None:
    rng = random.Random(seed)
    index = SeriesIndex(templates.sample())
    rows = [
        (rng.uniform(-50, 150), rng.randint(1, 400), None, f"uc-{k}")
        for k in range(rng.randint(1, 300))
    ]
    expected = _combine([(value, size) for value, size, _, _ in rows], rollup)[0]
    assert index._week_value(rows, rollup) == expected  # the same float, bit for bit


def test_a_week_with_a_missing_size_takes_the_general_path() -> None:
    index = SeriesIndex(templates.sample())
    rows = [(10.0, 4, None, "uc-a"), (20.0, None, None, "uc-b")]
    # uc-b has no size and no team headcount: every value of the week weighs equally.
    assert index._week_value(rows, Rollup.WEIGHTED_MEAN) == pytest.approx(15.0)
