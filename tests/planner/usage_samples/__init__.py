"""Usage files for the import tests, and roadmaps to import them into.

The CSV files here are committed samples; ``generate.py`` wrote the larger
ones. Every identity in them is invented.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from planner.file import lineage
from planner.model.entities import (
    Measurement,
    Metric,
    MetricKind,
    MetricSource,
    Roadmap,
    Stage,
    StageStatus,
    Team,
    UseCase,
)

SAMPLES = Path(__file__).resolve().parent
AS_OF = dt.date(2026, 3, 20)
"""A Friday after every sample's last date."""


def sample(name: str) -> Path:
    return SAMPLES / name


def small_roadmap(*, min_group: int = 5, measurements: tuple[Measurement, ...] = ()) -> Roadmap:
    """A roadmap built in memory: two stages, four teams (one smaller than 5), four metrics."""
    return Roadmap(
        title="Usage import tests",
        horizon_start=dt.date(2025, 9, 1),
        horizon_end=dt.date(2026, 12, 31),
        min_group_size=min_group,
        lineage=lineage.fresh(),
        metrics=(
            Metric(
                id="m-wau",
                name="Weekly active users",
                unit="%",
                kind=MetricKind.ADOPTION,
                min_value=0,
                max_value=100,
            ),
            Metric(
                id="m-habit",
                name="Habitual users",
                unit="%",
                kind=MetricKind.ADOPTION,
                min_value=0,
                max_value=100,
            ),
            Metric(
                id="m-actions",
                name="Actions per active user",
                unit="actions/week",
                kind=MetricKind.FREQUENCY,
                min_value=0,
                max_value=1000,
            ),
            Metric(
                id="m-sat",
                name="Satisfaction",
                unit="1–5",
                kind=MetricKind.SATISFACTION,
                min_value=1,
                max_value=5,
            ),
            Metric(
                id="m-trained",
                name="Key users trained",
                unit="%",
                kind=MetricKind.TRAINING,
                source=MetricSource.TRAINED_PERCENT,
                min_value=0,
                max_value=100,
            ),
        ),
        teams=(
            Team(id="t-cs", name="Customer service", headcount=8),
            Team(id="t-uw", name="Underwriting", headcount=6),
            Team(id="t-hr", name="HR", headcount=2),
            Team(id="t-claims", name="Claims", headcount=20),
        ),
        stages=(
            Stage(
                id="s-writing",
                name="Writing assistance",
                planned_start=dt.date(2025, 12, 1),
                planned_end=dt.date(2026, 4, 30),
                status=StageStatus.ACTIVE,
                target_users=19,
                team_ids=("t-cs", "t-uw", "t-hr"),
            ),
            Stage(
                id="s-project",
                name="Project management",
                planned_start=dt.date(2026, 5, 1),
                planned_end=dt.date(2026, 9, 30),
                team_ids=("t-claims",),
            ),
        ),
        use_cases=(
            UseCase(
                id="uc-minutes",
                name="Meeting minutes",
                stage_id="s-writing",
                planned_start=dt.date(2026, 1, 5),
                planned_end=dt.date(2026, 4, 30),
                team_ids=("t-cs",),
            ),
        ),
        measurements=measurements,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
