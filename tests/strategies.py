"""Hypothesis strategies for valid roadmaps, reusable by every test.

``roadmaps()`` draws a complete :class:`Roadmap` holding every entity kind,
with references that point at existing entities, dependencies without cycles,
dates in order, measurements within their metric's range and unique per week,
and text from the whole of Unicode (emoji, accents, right-to-left scripts,
control characters where the model allows them). Every drawn roadmap passes
:func:`planner.rules.invariants.check`.

    from strategies import roadmaps

    @given(roadmaps())
    def test_something(roadmap): ...

Building blocks (``ids``, ``names``, ``labels``, ``texts``, ``dates``,
``finite``) are exported for tests that build their own entities.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from hypothesis import strategies as st

from planner.dates import monday
from planner.model.entities import (
    Access,
    Baseline,
    BaselineEntry,
    Comparator,
    DataSource,
    Direction,
    Effort,
    Feedback,
    FeedbackKind,
    FrictionKind,
    FrictionPoint,
    GateCriterion,
    GateDecision,
    Governance,
    Lineage,
    LineageRef,
    Measurement,
    Metric,
    MetricKind,
    MetricSource,
    Outcome,
    Person,
    Risk,
    RiskStatus,
    Roadmap,
    Rollup,
    Sensitivity,
    Sentiment,
    Stage,
    StageStatus,
    Storage,
    Team,
    UseCase,
    UseCaseStatus,
    Window,
)

T = TypeVar("T")

# ---------------------------------------------------------------- scalars

_ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_ID_REST = _ID_FIRST + "_.:-"

ids = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_ID_FIRST),
    st.text(alphabet=_ID_REST, max_size=12),
)
"""Any valid id (the pattern of :data:`planner.model.types.ID_PATTERN`)."""

_SINGLE_LINE = st.characters(
    exclude_categories=["Cs"],
    exclude_characters="".join(chr(c) for c in range(0x20)) + "\x7f",
)
_ANY_TEXT = st.characters(exclude_categories=["Cs"])
_FLAVOURS = st.sampled_from(["Réunion", "日本語", "مرحبا", "👩‍💻🚀", "=1+1", '"q"', "a\\b", "Ω≤≥"])

names = st.one_of(_FLAVOURS, st.text(_SINGLE_LINE, min_size=1, max_size=40))
"""Required single-line names (any Unicode but control characters and surrogates)."""

labels = st.one_of(st.just(""), _FLAVOURS, st.text(_SINGLE_LINE, max_size=30))
"""Optional single-line labels."""

texts = st.one_of(
    st.just(""),
    _FLAVOURS,
    st.text(_ANY_TEXT, max_size=80),
    st.just("line one\nline two\ttabbed\r\n\x01\x1f end"),
)
"""Multi-line free text, control characters included."""

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2089, 12, 31))


def finite(low: float = -1e9, high: float = 1e9) -> st.SearchStrategy[float]:
    return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)


def _maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


def _span(draw: st.DrawFn, start: dt.date | None = None) -> tuple[dt.date, dt.date]:
    first = draw(dates) if start is None else start
    return first, first + dt.timedelta(days=draw(st.integers(0, 400)))


def _subset(draw: st.DrawFn, pool: list[str], at_most: int = 3) -> tuple[str, ...]:
    if not pool:
        return ()
    return tuple(draw(st.lists(st.sampled_from(pool), max_size=at_most, unique=True)))


def _one(draw: st.DrawFn, pool: list[str]) -> str | None:
    return draw(st.one_of(st.none(), st.sampled_from(pool))) if pool else None


# ---------------------------------------------------------------- roadmap


class _Ids:
    """Hands out ids unique across the whole roadmap."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.taken: set[str] = set()

    def __call__(self) -> str:
        candidate: str = self.draw(ids)
        n = 0
        while candidate in self.taken:
            n += 1
            candidate = f"{candidate[:50]}-{n}"
        self.taken.add(candidate)
        return candidate


@st.composite
def lineages(draw: st.DrawFn) -> Lineage:
    refs = st.builds(LineageRef, document_id=ids, revision=st.integers(0, 10_000))
    return Lineage(
        document_id=draw(ids),
        revision=draw(st.integers(0, 10**9)),
        derived_from=draw(_maybe(refs)),
        merged_from=tuple(draw(st.lists(refs, max_size=2))),
    )


@st.composite
def roadmaps(draw: st.DrawFn, max_per_kind: int = 4) -> Roadmap:
    """A valid roadmap with up to ``max_per_kind`` entities of each kind."""
    new_id = _Ids(draw)
    count = st.integers(0, max_per_kind)

    metrics = []
    for _ in range(draw(count)):
        low = draw(_maybe(finite(-1e6, 1e6)))
        high = draw(_maybe(finite(-1e6, 1e6)))
        if low is not None and high is not None and high < low:
            low, high = high, low
        metrics.append(
            Metric(
                id=new_id(),
                name=draw(names),
                unit=draw(st.sampled_from(["", "%", "h", "1–5", "€"])),
                kind=draw(st.sampled_from(MetricKind)),
                direction=draw(st.sampled_from(Direction)),
                source=draw(st.sampled_from(MetricSource)),
                rollup=draw(st.sampled_from(Rollup)),
                min_value=low,
                max_value=high,
                description=draw(texts),
            )
        )
    teams = [
        Team(
            id=new_id(),
            name=draw(names),
            department=draw(labels),
            headcount=draw(st.integers(0, 10_000)),
        )
        for _ in range(draw(count))
    ]
    team_ids = [t.id for t in teams]

    stages = []
    start = draw(dates)
    for _ in range(draw(count)):
        start = start + dt.timedelta(days=draw(st.integers(0, 120)))  # stages in order
        planned_start, planned_end = _span(draw, start)
        actual_start = draw(_maybe(dates))
        actual_end = None
        if actual_start is not None and draw(st.booleans()):
            actual_end = actual_start + dt.timedelta(days=draw(st.integers(0, 300)))
        stages.append(
            Stage(
                id=new_id(),
                name=draw(names),
                goal=draw(texts),
                planned_start=planned_start,
                planned_end=planned_end,
                actual_start=actual_start,
                actual_end=actual_end,
                status=draw(st.sampled_from(StageStatus)),
                target_users=draw(st.integers(0, 100_000)),
                team_ids=_subset(draw, team_ids),
                gate_review=draw(_maybe(dates)),
                colour=draw(_maybe(st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z"))),
            )
        )
    stage_ids = [s.id for s in stages]
    metric_ids = [m.id for m in metrics]

    criteria = []
    if stage_ids and metric_ids:
        criteria = [
            GateCriterion(
                id=new_id(),
                stage_id=draw(st.sampled_from(stage_ids)),
                metric_id=draw(st.sampled_from(metric_ids)),
                comparator=draw(st.sampled_from(Comparator)),
                threshold=draw(finite()),
                mandatory=draw(st.booleans()),
                window=draw(st.sampled_from(Window)),
                window_weeks=draw(st.integers(1, 52)),
                note=draw(texts),
            )
            for _ in range(draw(count))
        ]

    people = [
        Person(
            id=new_id(),
            name=draw(names),
            role=draw(labels),
            team_id=_one(draw, team_ids),
            email=draw(labels),
            is_ambassador=draw(st.booleans()),
            is_key_user=draw(st.booleans()),
            trained_on=draw(_maybe(dates)),
        )
        for _ in range(draw(count))
    ]
    sources = [
        DataSource(
            id=new_id(),
            name=draw(names),
            owner=draw(labels),
            location=draw(labels),
            storage=draw(st.sampled_from(Storage)),
            access=draw(st.sampled_from(Access)),
            governance=draw(st.sampled_from(Governance)),
            sensitivity=draw(st.sampled_from(Sensitivity)),
        )
        for _ in range(draw(count))
    ]
    frictions = [
        FrictionPoint(
            id=new_id(),
            title=draw(names),
            process=draw(labels),
            team_id=_one(draw, team_ids),
            kind=draw(st.sampled_from(FrictionKind)),
            hours_lost_per_week=draw(finite(0, 168)),
            people_affected=draw(st.integers(0, 10_000_000)),
            notes=draw(texts),
        )
        for _ in range(draw(count))
    ]
    person_ids = [p.id for p in people]
    source_ids = [s.id for s in sources]
    friction_ids = [f.id for f in frictions]

    use_cases: list[UseCase] = []
    for _ in range(draw(count)):
        planned_start, planned_end = _span(draw)
        earlier = [u.id for u in use_cases]  # depending only on earlier ones: no cycle
        use_cases.append(
            UseCase(
                id=new_id(),
                name=draw(names),
                description=draw(texts),
                stage_id=_one(draw, stage_ids),
                friction_point_ids=_subset(draw, friction_ids),
                tool=draw(labels),
                team_ids=_subset(draw, team_ids),
                owner_id=_one(draw, person_ids),
                planned_start=planned_start,
                planned_end=planned_end,
                status=draw(st.sampled_from(UseCaseStatus)),
                progress=draw(st.integers(0, 100)),
                expected_hours_saved=draw(finite(0, 1e6)),
                value_per_year=draw(_maybe(finite(0, 1e12))),
                cost_per_year=draw(finite(0, 1e12)),
                effort=draw(st.sampled_from(Effort)),
                data_source_ids=_subset(draw, source_ids),
                depends_on=_subset(draw, earlier),
            )
        )
    use_case_ids = [u.id for u in use_cases]

    measurements = []
    seen: set[tuple[Any, ...]] = set()
    if metrics and (stage_ids or use_case_ids):
        for _ in range(draw(count)):
            metric = draw(st.sampled_from(metrics))
            low = metric.min_value if metric.min_value is not None else -1e9
            high = metric.max_value if metric.max_value is not None else 1e9
            on_stage = bool(stage_ids) and (not use_case_ids or draw(st.booleans()))
            stage_id = draw(st.sampled_from(stage_ids)) if on_stage else None
            use_case_id = None if on_stage else draw(st.sampled_from(use_case_ids))
            team_id = _one(draw, team_ids)
            week = monday(draw(dates))
            key = (metric.id, stage_id, use_case_id, team_id, week)
            if key in seen:
                continue
            seen.add(key)
            measurements.append(
                Measurement(
                    id=new_id(),
                    metric_id=metric.id,
                    stage_id=stage_id,
                    use_case_id=use_case_id,
                    team_id=team_id,
                    week=week,
                    value=draw(finite(low, high)),
                    sample_size=draw(_maybe(st.integers(0, 10_000))),
                    source=draw(st.one_of(st.just("manual"), labels)),
                )
            )

    feedback = [
        Feedback(
            id=new_id(),
            date=draw(dates),
            stage_id=_one(draw, stage_ids),
            use_case_id=_one(draw, use_case_ids),
            team_id=_one(draw, team_ids),
            kind=draw(st.sampled_from(FeedbackKind)),
            sentiment=draw(st.sampled_from(Sentiment)),
            text=draw(texts),
        )
        for _ in range(draw(count))
    ]
    decisions = []
    if stage_ids:
        decisions = [
            GateDecision(
                id=new_id(),
                stage_id=draw(st.sampled_from(stage_ids)),
                date=draw(dates),
                outcome=draw(st.sampled_from(Outcome)),
                suggested=draw(_maybe(st.sampled_from(Outcome))),
                rationale=draw(texts),
                conditions=draw(texts),
                attendees=tuple(draw(st.lists(names, max_size=3))),
            )
            for _ in range(draw(count))
        ]
    risks = [
        Risk(
            id=new_id(),
            title=draw(names),
            likelihood=draw(st.integers(1, 5)),
            impact=draw(st.integers(1, 5)),
            mitigation=draw(texts),
            owner=draw(labels),
            stage_id=_one(draw, stage_ids),
            status=draw(st.sampled_from(RiskStatus)),
        )
        for _ in range(draw(count))
    ]
    planned = stage_ids + use_case_ids
    baselines = []
    for _ in range(draw(st.integers(0, 2))):
        entries = []
        for entity_id in _subset(draw, planned, at_most=4):
            begin, end = _span(draw)
            entries.append(BaselineEntry(entity_id=entity_id, start=begin, end=end))
        baselines.append(
            Baseline(id=new_id(), name=draw(names), captured_on=draw(dates), entries=tuple(entries))
        )

    horizon_start, horizon_end = _span(draw)
    return Roadmap(
        title=draw(names),
        organisation=draw(labels),
        owner=draw(labels),
        objective=draw(texts),
        currency=draw(st.sampled_from(["EUR", "USD", "GBP", "CHF", "JPY"])),
        hourly_cost=draw(finite(0, 1e6)),
        working_weeks=draw(st.integers(1, 53)),
        horizon_start=horizon_start,
        horizon_end=horizon_end,
        min_group_size=draw(st.integers(2, 10_000)),
        lineage=draw(lineages()),
        metrics=tuple(metrics),
        stages=tuple(stages),
        criteria=tuple(criteria),
        use_cases=tuple(use_cases),
        friction_points=tuple(frictions),
        teams=tuple(teams),
        people=tuple(people),
        data_sources=tuple(sources),
        measurements=tuple(measurements),
        feedback=tuple(feedback),
        decisions=tuple(decisions),
        risks=tuple(risks),
        baselines=tuple(baselines),
    )
