"""Whole-table derived figures agree with the one-entity rules, as of a date."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from planner.evidence.figures import Figures
from planner.measures import derived
from planner.measures.tables import DerivedTables
from planner.model.entities import Person, Roadmap
from planner.numbers import NumberKind, number_text, rounded, unit_text
from planner.templates import load as from_template

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

AS_OF = dt.date(2026, 3, 2)


def _roadmaps() -> list[Roadmap]:
    big = generate(400, seed=3)
    # Some use cases valued from friction only, some costing nothing.
    ucs = tuple(
        uc.model_copy(update={"value_per_year": None, "expected_hours_saved": 0.0})
        if i % 3 == 0
        else uc.model_copy(update={"cost_per_year": 0.0})
        if i % 3 == 1
        else uc
        for i, uc in enumerate(big.use_cases)
    )
    return [big, big.model_copy(update={"use_cases": ucs})]


@pytest.mark.parametrize("roadmap", _roadmaps())
def test_tables_match_the_one_entity_rules(roadmap: Roadmap) -> None:
    tables = DerivedTables(roadmap, AS_OF)
    for uc in roadmap.use_cases:
        assert tables.use_case_value[uc.id] == pytest.approx(derived.use_case_value(roadmap, uc))
        expected = derived.roi(roadmap, uc)
        got = tables.use_case_roi[uc.id]
        assert got == (None if expected is None else pytest.approx(expected))
        assert tables.use_case_readiness[uc.id] == derived.use_case_data_readiness(roadmap, uc)
    for team in roadmap.teams:
        figures = tables.teams[team.id]
        assert figures.ambassadors_per_100 == derived.ambassadors_per_100(roadmap, [team.id])
        assert figures.training_coverage == derived.training_coverage(roadmap, [team.id], AS_OF)
    for fp in roadmap.friction_points:
        assert tables.friction_cost[fp.id] == pytest.approx(
            derived.friction_cost_per_year(roadmap, fp)
        )


def test_a_training_after_the_as_of_date_does_not_count() -> None:
    roadmap = from_template("ai-adoption")
    team = roadmap.teams[0]
    people = (
        *(p for p in roadmap.people if p.team_id != team.id),
        Person(id="k1", name="A", team_id=team.id, is_key_user=True, trained_on=AS_OF),
        Person(id="k2", name="B", team_id=team.id, is_key_user=True,
               trained_on=AS_OF + dt.timedelta(days=7)),
    )  # fmt: skip
    roadmap = roadmap.model_copy(update={"people": people})
    assert DerivedTables(roadmap, AS_OF).teams[team.id].training_coverage == 50.0
    later = DerivedTables(roadmap, AS_OF + dt.timedelta(days=7))
    assert later.teams[team.id].training_coverage == 100.0


def test_figures_belong_to_one_roadmap_version_and_date() -> None:
    roadmap = from_template("ai-adoption")
    figures = Figures(roadmap, AS_OF)
    assert figures.is_for(roadmap, AS_OF)
    assert not figures.is_for(roadmap, AS_OF + dt.timedelta(days=1))
    assert not figures.is_for(roadmap.model_copy(), AS_OF)
    assert figures.tables is figures.tables  # computed once
    assert [r.stage.id for r in figures.readiness] == [s.id for s in roadmap.stages]


@pytest.mark.parametrize(
    ("value", "kind", "text"),
    [(1.175, NumberKind.NUMBER, "1.18"), (60.55, NumberKind.PERCENT, "60.6"),
     (66.666, NumberKind.PERCENT, "66.7"), (54.0, NumberKind.PERCENT, "54"),
     (1234.5, NumberKind.MONEY, "1235"), (1.2549, NumberKind.RATIO, "125"),
     (-0.004, NumberKind.NUMBER, "0"), (2.5, NumberKind.COUNT, "3")],
)  # fmt: skip
def test_one_rounding_rule_per_kind(value: float, kind: NumberKind, text: str) -> None:
    assert number_text(value, kind) == text
    assert float(text) == pytest.approx(
        rounded(value, kind) * (100 if kind is NumberKind.RATIO else 1), abs=0.5
    )


def test_units_choose_their_rule() -> None:
    assert unit_text(1.175, "h/week") == "1.18"
    assert unit_text(60.55, "% of eligible") == "60.6"
    assert unit_text(3, "people") == "3"
