"""The series index's fast paths give exactly the numbers of the plain roll-up.

Issue 17 made the gates faster at 100,000 use cases: the measurements are read
from their instance dictionaries, the weeks of a series are rolled up only up
to the dates asked for, and weeks measured per team (not only per use case)
are combined at C speed. The reference below is the roll-up of
:mod:`planner.measures.series` written plainly (attributes, one general loop,
every week rolled up at once): every figure must be the same float, bit for
bit, whatever the scopes, sizes and the order the dates are asked in.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import roadmaps

from planner import templates
from planner.measures.series import Item, SeriesIndex, _combine
from planner.model.entities import Measurement, Metric, MetricSource, Roadmap, Rollup


def reference(roadmap: Roadmap) -> dict[tuple[str, str], list[tuple[dt.date, float]]]:
    """Every (stage, measured metric) series, all weeks, rolled up plainly."""
    headcount = {t.id: float(t.headcount) for t in roadmap.teams if t.headcount > 0}
    use_cases = {uc.id: uc for uc in roadmap.use_cases}
    stage_of = {uc.id: uc.stage_id for uc in roadmap.use_cases if uc.stage_id}
    grouped: dict[tuple[str, str], dict[dt.date, list[Measurement]]] = {}
    for m in roadmap.measurements:
        stage_id = m.stage_id or stage_of.get(m.use_case_id or "")
        if stage_id is not None:
            grouped.setdefault((stage_id, m.metric_id), {}).setdefault(m.week, []).append(m)

    def use_case_weight(use_case_id: str) -> float | None:
        use_case = use_cases.get(use_case_id)
        teams = set(use_case.team_ids) if use_case is not None else set()
        return sum(headcount.get(t, 0.0) for t in teams) or None

    def week_value(found: list[Measurement], rollup: Rollup) -> float:
        teams: list[Item] = []
        whole: dict[str, Item] = {}
        by_team: dict[str, list[Item]] = {}
        for m in found:
            if m.use_case_id is None:
                if m.team_id is None:
                    return m.value
                teams.append((m.value, m.sample_size or headcount.get(m.team_id)))
            elif m.team_id is None:
                whole[m.use_case_id] = (m.value, m.sample_size or use_case_weight(m.use_case_id))
            else:
                weight = m.sample_size or headcount.get(m.team_id)
                by_team.setdefault(m.use_case_id, []).append((m.value, weight))
        if teams:
            return _combine(teams, rollup)[0]
        items = list(whole.values())
        items += [_combine(v, rollup) for k, v in by_team.items() if k not in whole]
        return _combine(items, rollup)[0]

    metrics = {m.id: m for m in roadmap.metrics}
    result = {}
    for key, by_week in grouped.items():
        metric = metrics.get(key[1])
        rollup = metric.rollup if metric is not None else Rollup.WEIGHTED_MEAN
        result[key] = [(w, week_value(by_week[w], rollup)) for w in sorted(by_week)]
    return result


def assert_same(roadmap: Roadmap, as_ofs: list[dt.date | None]) -> None:
    expected = reference(roadmap)
    index = SeriesIndex(roadmap)
    measured = [m.id for m in roadmap.metrics if m.source is MetricSource.MEASURED]
    for as_of in as_ofs:  # in the drawn order: later dates first, earlier ones again
        for stage in roadmap.stages:
            for metric_id in measured:
                want = [
                    p
                    for p in expected.get((stage.id, metric_id), [])
                    if as_of is None or p[0] <= as_of
                ]
                got = index.measured(stage.id, metric_id, as_of)
                assert [(w, v.hex()) for w, v in got] == [(w, v.hex()) for w, v in want]


SAMPLE = templates.sample()
TEAMS = [t.id for t in SAMPLE.teams]
USE_CASES = [uc.id for uc in SAMPLE.use_cases] + ["uc-outside"]  # one without a stage
STAGES = [s.id for s in SAMPLE.stages]
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=k) for k in range(6)]
METRICS = [
    Metric(id=f"metric-{rollup.value}", name=f"Rolled up: {rollup.value}", unit="%",
           rollup=rollup, min_value=0, max_value=100)
    for rollup in Rollup
]  # fmt: skip


@st.composite
def measurement_rows(draw: Any) -> list[dict[str, Any]]:
    rows = []
    for k in range(draw(st.integers(0, 60))):
        scope = draw(st.sampled_from(["stage", "stage-team", "use-case", "use-case-team"]))
        team = draw(st.sampled_from(TEAMS)) if scope.endswith("team") else None
        stage = draw(st.sampled_from(STAGES)) if scope.startswith("stage") else None
        use_case = draw(st.sampled_from(USE_CASES)) if scope.startswith("use") else None
        rows.append(
            {
                "id": f"m-{k}",
                "metric_id": draw(st.sampled_from(METRICS)).id,
                "stage_id": stage,
                "use_case_id": use_case,
                "team_id": team,
                "week": draw(st.sampled_from(WEEKS)),
                "value": draw(st.floats(0, 100, allow_nan=False)),
                "sample_size": draw(st.one_of(st.none(), st.integers(0, 3), st.integers(1, 500))),
            }
        )  # fmt: skip
    return rows


def with_rows(rows: list[dict[str, Any]], dominant: str | None) -> Roadmap:
    """The sample with these measurements; ``dominant`` adds a large week of one scope,
    as real data has (every use case, or every team of a stage, with sizes)."""
    measurements = [Measurement.model_construct(source="test", **row) for row in rows]
    week = WEEKS[2]
    for k, metric in enumerate(METRICS):
        if dominant == "use-case":
            measurements += [
                Measurement.model_construct(
                    id=f"d-{k}-{uc}", metric_id=metric.id, use_case_id=uc, stage_id=None,
                    team_id=None, week=week, value=10.0 + 0.37 * j, sample_size=3 + j,
                    source="test",
                )
                for j, uc in enumerate(USE_CASES[:-1])
            ]  # fmt: skip
        elif dominant == "team":
            measurements += [
                Measurement.model_construct(
                    id=f"d-{k}-{team}", metric_id=metric.id, stage_id=STAGES[0],
                    use_case_id=None, team_id=team, week=week, value=20.0 / (j + 3),
                    sample_size=7 * j + 1, source="test",
                )
                for j, team in enumerate(TEAMS)
            ]  # fmt: skip
    use_cases = (*SAMPLE.use_cases, SAMPLE.use_cases[0].model_copy(
        update={"id": "uc-outside", "stage_id": None}))  # fmt: skip
    return SAMPLE.model_copy(
        update={
            "metrics": (*SAMPLE.metrics, *METRICS),
            "use_cases": use_cases,
            "measurements": tuple(measurements),
        }
    )


@settings(max_examples=150, deadline=None)
@given(
    rows=measurement_rows(),
    dominant=st.sampled_from([None, "use-case", "team"]),
    as_ofs=st.lists(st.one_of(st.none(), st.sampled_from(WEEKS)), min_size=1, max_size=4),
)
def test_the_index_rolls_up_as_the_plain_loop(
    rows: list[dict[str, Any]], dominant: str | None, as_ofs: list[dt.date | None]
) -> None:
    assert_same(with_rows(rows, dominant), as_ofs)


@settings(max_examples=25, deadline=None)
@given(roadmap=roadmaps())
def test_drawn_roadmaps_roll_up_as_the_plain_loop(roadmap: Roadmap) -> None:
    weeks = sorted({m.week for m in roadmap.measurements})
    assert_same(roadmap, [weeks[len(weeks) // 2] if weeks else None, None])


def test_the_sample_rolls_up_as_the_plain_loop() -> None:
    weeks = sorted({m.week for m in SAMPLE.measurements})
    assert_same(SAMPLE, [weeks[1], None, weeks[0], weeks[-1]])
