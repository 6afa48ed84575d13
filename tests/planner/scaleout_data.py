"""A small roadmap for the scale-out tests, with figures easy to check by hand.

Stage ``s1`` (gate review 27 March 2026, proven bar 60 % active) holds use case
``uc-letters`` (live, teams A and B, friction ``fp-a`` of process
"Correspondence"). Team A is at 70 % weekly active users, team B at 30 %.
Teams C and D suffer the same friction (3 and 5 h/week per person); E suffers a
friction of the same kind but another process. Hour cost 60, 45 working weeks.
"""

from __future__ import annotations

import datetime as dt

from planner.model.entities import (
    DataSource,
    Feedback,
    FrictionKind,
    FrictionPoint,
    Lineage,
    Measurement,
    Metric,
    MetricKind,
    Person,
    Roadmap,
    Sentiment,
    Stage,
    Team,
    UsageFigure,
    UseCase,
    UseCaseStatus,
)

WEEK = dt.date(2026, 3, 16)
AS_OF = dt.date(2026, 3, 20)


def point(pid: str, team: str, process: str, hours: float, people: int = 10,
          kind: FrictionKind = FrictionKind.TIME) -> FrictionPoint:  # fmt: skip
    return FrictionPoint(id=pid, title=f"Friction {pid}", process=process, team_id=team,
                         kind=kind, hours_lost_per_week=hours, people_affected=people)  # fmt: skip


def active(team: str, value: float) -> Measurement:
    return Measurement(id=f"m-{team}", metric_id="m-active", stage_id="s1", team_id=team,
                       week=WEEK, value=value, sample_size=20)  # fmt: skip


def roadmap(**changes: object) -> Roadmap:
    base = Roadmap(
        title="Scale",
        horizon_start=dt.date(2026, 1, 5),
        horizon_end=dt.date(2027, 12, 31),
        lineage=Lineage(document_id="d"),
        metrics=(
            Metric(
                id="m-active",
                name="Weekly active users",
                unit="%",
                kind=MetricKind.ADOPTION,
                min_value=0,
                max_value=100,
                standard=UsageFigure.ACTIVE,
            ),
        ),
        stages=(
            Stage(
                id="s1",
                name="Writing",
                planned_start=dt.date(2026, 1, 5),
                planned_end=dt.date(2026, 3, 27),
                gate_review=dt.date(2026, 3, 27),
                team_ids=("A", "B"),
                proven_active_min=60,
            ),
            Stage(
                id="s2",
                name="Projects",
                planned_start=dt.date(2026, 3, 30),
                planned_end=dt.date(2026, 9, 25),
                gate_review=dt.date(2026, 9, 18),
            ),
        ),
        teams=(
            Team(id="A", name="Customer service", headcount=40),
            Team(id="B", name="Underwriting", headcount=20),
            Team(id="C", name="Claims", headcount=60),
            Team(id="D", name="Broker desk", headcount=30),
            Team(id="E", name="Finance", headcount=50),
        ),
        people=(
            Person(
                id="p-c",
                name="Cleo",
                team_id="C",
                is_ambassador=True,
                is_key_user=True,
                trained_on=dt.date(2026, 2, 2),
            ),
            Person(
                id="p-d", name="Dan", team_id="D", is_key_user=True, trained_on=dt.date(2026, 2, 2)
            ),
        ),
        data_sources=(DataSource(id="ds", name="Templates", access="open"),),
        friction_points=(
            point("fp-a", "A", "Correspondence", 4.0, 30),
            point("fp-b", "B", "Correspondence", 2.0),
            point("fp-c", "C", "correspondence ", 3.0),
            point("fp-c2", "C", "Correspondence", 1.0),
            point("fp-d", "D", "Correspondence", 5.0),
            point("fp-e", "E", "Monthly close", 6.0),
        ),
        use_cases=(
            UseCase(
                id="uc-letters",
                name="Draft letters",
                stage_id="s1",
                friction_point_ids=("fp-a",),
                team_ids=("A", "B"),
                planned_start=dt.date(2026, 1, 5),
                planned_end=dt.date(2026, 3, 20),
                status=UseCaseStatus.LIVE,
                data_source_ids=("ds",),
            ),
            UseCase(
                id="uc-pilot",
                name="Pilot only",
                stage_id="s1",
                friction_point_ids=("fp-a",),
                team_ids=("A",),
                planned_start=dt.date(2026, 1, 5),
                planned_end=dt.date(2026, 3, 20),
                status=UseCaseStatus.PILOTING,
            ),
        ),
        measurements=(active("A", 70.0), active("B", 30.0)),
    )
    return base.model_copy(update=changes)


def negative(
    fid: str, team: str | None = "A", sentiment: Sentiment = Sentiment.NEGATIVE
) -> Feedback:
    return Feedback(id=fid, date=dt.date(2026, 3, 2), use_case_id="uc-letters", team_id=team,
                    sentiment=sentiment)  # fmt: skip
