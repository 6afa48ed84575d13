"""Hostile roadmap files: each refused with a message, in bounded memory and time.

The large files are generated in ``tmp_path`` and opened by ``pilot-planner
validate`` in a child limited to 500 MB of address space and 10 s of CPU
(:mod:`hostile.child`): before the bounds, the first one grew the app to 12.5 GB.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile import corpus
from hostile.child import command, run_limited
from planner.file.storage import RoadmapLoadError, load

LARGE_EXPECTED = {
    "wide objects": "lists and objects in 18.0 MB, far more than any roadmap",
    "wide objects within the scan": "roadmap.measurements[0].id: is required but missing",
    "wide floats": "more problems not listed",  # all four million counted
    "wide scalars": "values in 19.0 MB, far more than any roadmap",
    "many keys": "more than 200 keys",
    "many errors": "and 149950 more problems not listed",
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(corpus.LARGE))
def test_large_hostile_roadmaps_are_refused_within_bounds(tmp_path: Path, case: str) -> None:
    path = corpus.LARGE[case](tmp_path)
    ended = run_limited(command("validate", str(path)))
    assert ended.clean_refusal(), (ended.code, ended.stderr[-2000:])
    assert LARGE_EXPECTED[case] in ended.stderr
    assert len(ended.lines) <= 52  # the first 50 problems, the count, nothing more


def _problems(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(RoadmapLoadError) as info:
        load(path)
    return [(p.where, p.code) for p in info.value.problems]


def test_a_metric_range_beyond_any_real_figure_is_refused(tmp_path: Path) -> None:
    found = _problems(corpus.huge_metric_range(tmp_path))
    assert ("roadmap.metrics[0].min_value", "greater_than_equal") in found
    assert ("roadmap.metrics[0].max_value", "less_than_equal") in found


@pytest.mark.parametrize("maker", [corpus.far_dates, corpus.ancient_dates])
def test_dates_outside_the_supported_range_are_refused_with_the_range(
    tmp_path: Path, maker: object
) -> None:
    path = maker(tmp_path)  # type: ignore[operator]
    with pytest.raises(RoadmapLoadError) as info:
        load(path)
    text = str(info.value)
    assert "outside the dates the app supports (1990-01-01 to 2099-12-31)" in text
    assert "horizon_" in text


@pytest.mark.parametrize("case", sorted(corpus.COERCIONS))
def test_values_of_the_wrong_json_type_are_refused_not_converted(tmp_path: Path, case: str) -> None:
    dotted, _ = corpus.COERCIONS[case]
    with pytest.raises(RoadmapLoadError) as info:
        load(corpus.coerced(tmp_path, case))
    places = [p.where for p in info.value.problems]
    parts = dotted.split(".")
    expected = parts[0] + "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in parts[1:])
    assert any(place.startswith(expected) for place in places), (expected, places)


def test_deep_nesting_is_refused_before_parsing(tmp_path: Path) -> None:
    assert _problems(corpus.deep(tmp_path)) == [("", "too_deep")]
