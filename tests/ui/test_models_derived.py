"""The whole-table derived values agree with planner.evidence.derived, entity by entity."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from planner.evidence import derived
from planner.model.entities import Roadmap
from ui.models.derived_cache import DerivedCache

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).parent))
from _editing_sample import sample
from generate import generate


def _roadmaps() -> list[Roadmap]:
    big = generate(400, seed=3)
    # Make some use cases valued from friction only, and some costing nothing.
    ucs = tuple(
        uc.model_copy(update={"value_per_year": None, "expected_hours_saved": 0.0})
        if i % 3 == 0
        else uc.model_copy(update={"cost_per_year": 0.0})
        if i % 3 == 1
        else uc
        for i, uc in enumerate(big.use_cases)
    )
    return [sample(), big, big.model_copy(update={"use_cases": ucs})]


@pytest.mark.parametrize("roadmap", _roadmaps())
def test_tables_match_planner_derived(roadmap: Roadmap) -> None:
    cache = DerivedCache()
    values = cache.table(roadmap, "use_case_value")
    rois = cache.table(roadmap, "use_case_roi")
    for uc in roadmap.use_cases:
        assert values[uc.id] == derived.use_case_value(roadmap, uc)
        expected = derived.roi(roadmap, uc)
        assert rois[uc.id] == (None if expected is None else pytest.approx(expected))
    amb = cache.table(roadmap, "team_ambassadors_per_100")
    trained = cache.table(roadmap, "team_training_coverage")
    for team in roadmap.teams:
        assert amb[team.id] == derived.ambassadors_per_100(roadmap, [team.id])
        assert trained[team.id] == derived.training_coverage(roadmap, [team.id])


def test_cache_follows_the_roadmap_version() -> None:
    roadmap = sample()
    cache = DerivedCache()
    first = cache.table(roadmap, "team_people")
    assert cache.table(roadmap, "team_people") is first
    other = roadmap.model_copy(update={"people": ()})
    assert cache.table(other, "team_people") == {"team-claims": 0, "team-legal": 0}
