"""Builders of small, realistic roadmaps for the gate, forecast and check tests.

An insurer's AI programme: three teams of different sizes (Claims 20, Finance
60, Legal 10), a pilot stage on writing assistance reviewed on 20 Apr 2026,
the usual metrics (weekly active users %, uses per week, total hours saved,
satisfaction 1–5, errors per 100 letters — lower is better) and the three
computed ones (ambassadors per 100, key users trained %, data readiness).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterable, Sequence
from typing import Any

from planner.file import lineage
from planner.model.entities import (
    Access,
    Comparator,
    DataSource,
    Direction,
    FrictionPoint,
    GateCriterion,
    Governance,
    Measurement,
    Metric,
    MetricKind,
    MetricSource,
    Person,
    Roadmap,
    Rollup,
    Stage,
    StageStatus,
    Storage,
    Team,
    UseCase,
    Window,
)
from planner.rules import invariants

START = dt.date(2026, 1, 5)  # a Monday
REVIEW = dt.date(2026, 4, 20)


def week(i: int) -> dt.date:
    """The Monday ``i`` weeks after :data:`START`."""
    return START + dt.timedelta(weeks=i)


METRICS = (
    Metric(id="wau", name="Weekly active users", unit="%", kind=MetricKind.ADOPTION,
           min_value=0, max_value=100),
    Metric(id="uses", name="Uses per active user", unit="uses/week", kind=MetricKind.FREQUENCY,
           min_value=0, max_value=1000),
    Metric(id="hours", name="Hours saved", unit="h/week", kind=MetricKind.BENEFIT,
           min_value=0, rollup=Rollup.SUM),  # total hours saved by the stage's people
    Metric(id="sat", name="Satisfaction", unit="1–5", kind=MetricKind.SATISFACTION,
           min_value=1, max_value=5, rollup=Rollup.MEAN),
    Metric(id="errors", name="Errors per 100 letters", unit="per 100", min_value=0,
           max_value=100, direction=Direction.LOWER_IS_BETTER),
    Metric(id="amb", name="Ambassadors per 100 users", unit="per 100",
           source=MetricSource.AMBASSADORS_PER_100, min_value=0),
    Metric(id="trained", name="Key users trained", unit="%", kind=MetricKind.TRAINING,
           source=MetricSource.TRAINED_PERCENT, min_value=0, max_value=100),
    Metric(id="data", name="Data readiness", unit="0–4", kind=MetricKind.DATA_READINESS,
           source=MetricSource.DATA_READINESS, min_value=0, max_value=4),
)  # fmt: skip

TEAMS = (
    Team(id="claims", name="Claims", department="Operations", headcount=20),
    Team(id="finance", name="Finance", department="Finance", headcount=60),
    Team(id="legal", name="Legal", department="Legal", headcount=10),
)


def stage(stage_id: str = "s1", **fields: Any) -> Stage:
    values: dict[str, Any] = {
        "name": f"Stage {stage_id}",
        "planned_start": START,
        "planned_end": dt.date(2026, 4, 30),
        "status": StageStatus.ACTIVE,
        "team_ids": ("claims", "finance"),
        "gate_review": REVIEW,
        "target_users": 80,
    }
    values.update(fields)
    return Stage(id=stage_id, **values)


def criterion(
    crit_id: str,
    metric_id: str,
    threshold: float,
    *,
    stage_id: str = "s1",
    comparator: Comparator = Comparator.AT_LEAST,
    mandatory: bool = True,
    window: Window = Window.LATEST,
    window_weeks: int = 4,
) -> GateCriterion:
    return GateCriterion(
        id=crit_id, stage_id=stage_id, metric_id=metric_id, comparator=comparator,
        threshold=threshold, mandatory=mandatory, window=window, window_weeks=window_weeks,
    )  # fmt: skip


def measure(
    metric_id: str,
    i: int,
    value: float,
    *,
    stage_id: str | None = "s1",
    use_case_id: str | None = None,
    team_id: str | None = None,
    sample_size: int | None = None,
) -> Measurement:
    scope = use_case_id or stage_id
    return Measurement(
        id=f"m-{metric_id}-{scope}-{team_id or 'all'}-{i}",
        metric_id=metric_id,
        stage_id=None if use_case_id else stage_id,
        use_case_id=use_case_id,
        team_id=team_id,
        week=week(i),
        value=value,
        sample_size=sample_size,
    )


def series(
    metric_id: str, values: Iterable[float], *, first: int = 0, **scope: Any
) -> tuple[Measurement, ...]:
    """One measurement a week from week ``first``."""
    return tuple(measure(metric_id, first + i, v, **scope) for i, v in enumerate(values))


def logistic(t: float, top: float = 85.0, rate: float = 0.35, mid: float = 10.0) -> float:
    return top / (1.0 + math.exp(-rate * (t - mid)))


def noisy(
    values: Sequence[float], sd: float, seed: int, low: float = 0, high: float = 100
) -> list[float]:
    rng = random.Random(seed)
    return [min(high, max(low, v + rng.gauss(0, sd))) for v in values]


def people() -> tuple[Person, ...]:
    """Ambassadors in Claims and Finance (none in Legal); four key users, three trained."""
    return (
        Person(id="p-ana", name="Ana", team_id="claims", is_ambassador=True, is_key_user=True,
               trained_on=dt.date(2026, 1, 12)),
        Person(id="p-ben", name="Ben", team_id="finance", is_ambassador=True, is_key_user=True,
               trained_on=dt.date(2026, 2, 2)),
        Person(id="p-cy", name="Cy", team_id="finance", is_key_user=True,
               trained_on=dt.date(2026, 3, 30)),
        Person(id="p-di", name="Di", team_id="claims", is_key_user=True),
        Person(id="p-eve", name="Eve", team_id="legal", is_key_user=True,
               trained_on=dt.date(2026, 1, 20)),
    )  # fmt: skip


def data_sources() -> tuple[DataSource, ...]:
    return (
        DataSource(id="ds-dms", name="Document management", storage=Storage.CENTRALISED,
                   access=Access.OPEN, governance=Governance.ENFORCED),  # readiness 4
        DataSource(id="ds-claims", name="Claims system", storage=Storage.SILOED,
                   access=Access.RESTRICTED, governance=Governance.DEFINED),  # readiness 2
        DataSource(id="ds-old", name="Legacy archive", storage=Storage.SILOED,
                   access=Access.UNAVAILABLE),  # readiness 0
    )  # fmt: skip


def use_case(uc_id: str, **fields: Any) -> UseCase:
    values: dict[str, Any] = {
        "name": f"Use case {uc_id}",
        "stage_id": "s1",
        "planned_start": week(1),
        "planned_end": week(14),
        "friction_point_ids": ("fp-letters",),
        "team_ids": ("claims",),
    }
    values.update(fields)
    return UseCase(id=uc_id, **values)


def friction_points() -> tuple[FrictionPoint, ...]:
    return (
        FrictionPoint(id="fp-letters", title="Drafting claims letters", team_id="claims",
                      hours_lost_per_week=3, people_affected=20),
    )  # fmt: skip


def roadmap(**parts: Any) -> Roadmap:
    """A valid roadmap with the standard metrics and teams; ``parts`` override anything."""
    values: dict[str, Any] = {
        "title": "Insurer AI programme",
        "organisation": "Example Insurance",
        "horizon_start": START,
        "horizon_end": dt.date(2027, 12, 31),
        "lineage": lineage.fresh(),
        "metrics": METRICS,
        "teams": TEAMS,
        "stages": (stage(),),
        "people": people(),
        "friction_points": friction_points(),
        "data_sources": data_sources(),
    }
    values.update(parts)
    result = Roadmap(**values)
    problems = invariants.check(result)
    assert problems == [], problems
    return result
