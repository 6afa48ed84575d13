"""Derived values: friction cost, value, ROI, ranking, people and data readiness."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.measures import derived
from planner.model.entities import (
    Access,
    DataSource,
    FrictionPoint,
    Governance,
    Lineage,
    Person,
    Roadmap,
    Stage,
    Storage,
    Team,
    UseCase,
)

D = dt.date


def roadmap() -> Roadmap:
    return Roadmap(
        title="Plan",
        hourly_cost=50,
        working_weeks=45,
        horizon_start=D(2026, 1, 5),
        horizon_end=D(2026, 12, 28),
        lineage=Lineage(document_id="doc"),
        teams=(Team(id="t1", name="Claims", headcount=40), Team(id="t2", name="HR", headcount=10)),
        people=(
            Person(id="p1", name="Ana", team_id="t1", is_ambassador=True, is_key_user=True,
                   trained_on=D(2026, 2, 2)),
            Person(id="p2", name="Bo", team_id="t1", is_key_user=True, trained_on=D(2026, 5, 4)),
            Person(id="p3", name="Cy", team_id="t2", is_key_user=True),
        ),
        stages=(Stage(id="s1", name="Writing", planned_start=D(2026, 1, 5),
                      planned_end=D(2026, 4, 1), target_users=200),),
        friction_points=(
            FrictionPoint(id="f1", title="Minutes", hours_lost_per_week=2, people_affected=30),
            FrictionPoint(id="f2", title="Letters", hours_lost_per_week=1, people_affected=10),
        ),
        use_cases=(
            UseCase(id="u1", name="Entered", value_per_year=1000, cost_per_year=500,
                    planned_start=D(2026, 1, 5), planned_end=D(2026, 2, 2)),
            UseCase(id="u2", name="Hours", expected_hours_saved=0.5, team_ids=("t1",),
                    planned_start=D(2026, 1, 5), planned_end=D(2026, 2, 2)),
            UseCase(id="u3", name="Friction A", friction_point_ids=("f1",), stage_id="s1",
                    planned_start=D(2026, 1, 5), planned_end=D(2026, 2, 2), cost_per_year=1000),
            UseCase(id="u4", name="Friction B", friction_point_ids=("f1",),
                    planned_start=D(2026, 1, 5), planned_end=D(2026, 2, 2)),
        ),
        data_sources=(
            DataSource(id="d1", name="Wiki", storage=Storage.CENTRALISED, access=Access.OPEN,
                       governance=Governance.ENFORCED),
            DataSource(id="d2", name="Mailbox", access=Access.UNAVAILABLE),
        ),
    )  # fmt: skip


def test_friction_cost() -> None:
    r = roadmap()
    assert derived.friction_hours_per_year(r, r.friction_points[0]) == 2 * 30 * 45
    assert derived.friction_cost_per_year(r, r.friction_points[0]) == 2 * 30 * 45 * 50


def test_use_case_value_bases_and_roi() -> None:
    r = roadmap()
    entered, hours, share, _ = (derived.use_case_value(r, uc) for uc in r.use_cases)
    assert entered == derived.UseCaseValue(1000, derived.ValueBasis.ENTERED)
    assert hours.basis is derived.ValueBasis.HOURS_SAVED
    assert hours.value_per_year == pytest.approx(0.5 * 40 * 45 * 50)
    # f1 is addressed by two use cases: each gets half its yearly cost.
    assert share.value_per_year == pytest.approx(2 * 30 * 45 * 50 / 2)
    assert derived.roi(r, r.use_cases[0]) == pytest.approx(1.0)
    assert derived.roi(r, r.use_cases[1]) is None  # costs nothing
    assert derived.use_case_users(r, r.use_cases[2]) == 200  # stage target users


def test_friction_ranking_orders_by_cost_with_use_cases() -> None:
    ranking = derived.friction_ranking(roadmap())
    assert [(x.rank, x.point.id) for x in ranking] == [(1, "f1"), (2, "f2")]
    assert [uc.id for uc in ranking[0].use_cases] == ["u3", "u4"]
    assert ranking[1].use_cases == ()


def test_people_ratios() -> None:
    r = roadmap()
    assert derived.ambassadors_per_100(r, ["t1"]) == pytest.approx(2.5)
    assert derived.ambassadors_per_100(r, []) is None
    assert derived.training_coverage(r, ["t1"]) == 100
    assert derived.training_coverage(r, ["t1"], as_of=D(2026, 3, 2)) == 50
    assert derived.training_coverage(r, ["t1", "t2"], as_of=D(2026, 3, 2)) == pytest.approx(100 / 3)


def test_data_readiness() -> None:
    r = roadmap()
    assert derived.data_readiness(r.data_sources[0]) == 4
    assert derived.data_readiness(r.data_sources[1]) == 0
    uc = r.use_cases[0].model_copy(update={"data_source_ids": ("d1", "d2"), "stage_id": "s1"})
    r2 = r.model_copy(update={"use_cases": (uc,)})
    assert derived.use_case_data_readiness(r2, uc) == 0
    assert derived.stage_data_readiness(r2, "s1") == 0
    assert derived.stage_data_readiness(r2, "other") is None
