"""A roadmap's timeline as of a date: :func:`build`, and :func:`update` after a small edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import chain
from operator import itemgetter
from typing import cast

from planner.evidence.gates import StageReadiness, evaluate_all
from planner.model.colours import stage_colour
from planner.model.entities import Roadmap, UseCase, UseCaseStatus
from planner.model.kinds import find
from planner.timeline.day_counts import DayCounts
from planner.timeline.gates import gate_marks
from planner.timeline.layout import (
    GROUP,
    STAGE,
    USE_CASE,
    DecisionMark,
    Layout,
    Link,
    Row,
    link_ends,
)


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def row_key(roadmap: Roadmap, kind: str, entity_id: str) -> tuple[str, str] | None:
    """The row that shows an entity: its own for a stage or use case, its stage's for
    an entity that belongs to a stage (decision, criterion, risk …), else None."""
    if kind in (STAGE, USE_CASE):
        return kind, entity_id
    stage_id = getattr(find(roadmap, kind, entity_id), "stage_id", None)
    return (STAGE, stage_id) if stage_id else None


def choose_baseline(roadmap: Roadmap, baseline_id: str | None) -> tuple[str, str] | None:
    """(id, name) of the baseline to compare with: the one asked for, else the newest.

    ``""`` asks for no baseline. An unknown id raises ValueError naming those there are.
    """
    if baseline_id == "":
        return None
    if baseline_id is not None:
        for baseline in roadmap.baselines:
            if baseline.id == baseline_id:
                return baseline.id, baseline.name
        names = ", ".join(f"{b.id} ({b.name})" for b in roadmap.baselines) or "none"
        raise ValueError(f"there is no baseline '{baseline_id}' (baselines: {names})")
    if not roadmap.baselines:
        return None
    newest = max(enumerate(roadmap.baselines), key=lambda p: (p[1].captured_on, p[0]))[1]
    return newest.id, newest.name


def build(
    roadmap: Roadmap,
    as_of: dt.date,
    *,
    baseline_id: str | None = None,
    readiness: Sequence[StageReadiness] | None = None,
) -> Layout:
    """The timeline of a roadmap as of a date.

    ``baseline_id``: None compares with the newest baseline (if any), ``""``
    with none. ``readiness`` is :func:`planner.evidence.gates.evaluate_all` for the
    date; evaluated here when not given (pass ``()`` to leave gate marks out,
    e.g. to add them later with :meth:`Layout.with_gates`).
    """
    layout = _build(roadmap, as_of, choose_baseline(roadmap, baseline_id))
    if readiness is None:
        readiness = evaluate_all(roadmap, as_of)
    return layout.with_gates(gate_marks(roadmap, layout, readiness)) if readiness else layout


def _build(roadmap: Roadmap, as_of: dt.date, chosen: tuple[str, str] | None) -> Layout:
    recorded: dict[str, tuple[int, int]] = {}
    if chosen is not None:
        baseline = next(b for b in roadmap.baselines if b.id == chosen[0])
        recorded = {e.entity_id: (e.start.toordinal(), e.end.toordinal()) for e in baseline.entries}

    by_stage: dict[str | None, list[int]] = {}
    stage_ids = {s.id for s in roadmap.stages}
    for i, uc in enumerate(roadmap.use_cases):
        key = uc.stage_id if uc.stage_id in stage_ids else None
        by_stage.setdefault(key, []).append(i)

    rows: list[Row] = []
    heads: list[int] = []
    legend: list[tuple[str, str]] = []
    use_cases = roadmap.use_cases
    for position, stage in enumerate(roadmap.stages):
        colour = stage_colour(position, stage.colour)
        legend.append((stage.name, colour))
        members = by_stage.get(stage.id, [])
        live = [use_cases[i].progress for i in members if use_cases[i].status != _DROPPED]
        heads.append(len(rows))
        rows.append(
            _row(
                STAGE, stage.id, stage.name, 0, position, colour, stage.status,
                stage.planned_start.toordinal(), stage.planned_end.toordinal(),
                sum(live) / len(live) if live else 0.0, recorded.get(stage.id),
            )
        )  # fmt: skip
        rows += _use_case_rows(use_cases, members, position, colour, recorded)
    orphans = by_stage.get(None, [])
    if orphans:
        grey = "#8A939E"
        starts = [use_cases[i].planned_start.toordinal() for i in orphans]
        ends = [use_cases[i].planned_end.toordinal() for i in orphans]
        heads.append(len(rows))
        rows.append(_row(GROUP, "", "", 0, -1, grey, "", min(starts), max(ends), 0.0, None))
        rows += _use_case_rows(use_cases, orphans, -1, grey, recorded)

    index = {(r.kind, r.id): i for i, r in enumerate(rows)}
    links = tuple(
        Link(index[(USE_CASE, before)], index[(USE_CASE, uc.id)])
        for uc in use_cases
        for before in uc.depends_on
        if (USE_CASE, before) in index
    )
    decisions = tuple(
        DecisionMark(index[(STAGE, d.stage_id)], d.date.toordinal(), d.outcome, d.id)
        for d in roadmap.decisions
        if d.date <= as_of and (STAGE, d.stage_id) in index
    )
    counts = DayCounts(rows, heads[-1:] if orphans else ())  # the zoomed-out view's bands
    start, end = _extent(roadmap, rows, counts, baseline=chosen is not None)
    return Layout(
        title=roadmap.title,
        as_of=as_of,
        start=start,
        end=end,
        rows=tuple(rows),
        decisions=decisions,
        links=links,
        baseline_id=chosen[0] if chosen else None,
        baseline_name=chosen[1] if chosen else "",
        stages=tuple(legend),
        _index=index,
        _link_ends=link_ends(links),  # made here, while garbage collection is paused
        _heads=tuple(heads),
        _day_counts=[counts],
    )


_DROPPED = UseCaseStatus.DROPPED
_START, _END, _BASE_START, _BASE_END = (itemgetter(i) for i in (7, 8, 11, 12))  # Row fields


def _row(
    kind: str, entity_id: str, label: str, depth: int, position: int, colour: str, status: str,
    start: int, end: int, progress: float, base: tuple[int, int] | None,
) -> Row:  # fmt: skip
    if base is None:
        return Row(kind, entity_id, label, depth, position, colour, status, start, end,
                   progress, None, None, None)  # fmt: skip
    return Row(kind, entity_id, label, depth, position, colour, status, start, end,
               progress, base[0], base[1], end - base[1])  # fmt: skip


def _use_case_rows(
    use_cases: Sequence[UseCase],
    members: Sequence[int],
    position: int,
    colour: str,
    recorded: Mapping[str, tuple[int, int]],
) -> list[Row]:
    rows = []
    for i in members:  # the hot loop at 100k use cases: no helper calls
        uc = use_cases[i]
        start, end = uc.planned_start.toordinal(), uc.planned_end.toordinal()
        base = recorded.get(uc.id)
        rows.append(
            Row(USE_CASE, uc.id, uc.name, 1, position, colour, uc.status, start, end,
                float(uc.progress), None, None, None)
            if base is None
            else Row(USE_CASE, uc.id, uc.name, 1, position, colour, uc.status, start, end,
                     float(uc.progress), base[0], base[1], end - base[1])
        )  # fmt: skip
    return rows


def _extent(
    roadmap: Roadmap, rows: Sequence[Row], counts: DayCounts | None = None, *, baseline: bool
) -> tuple[int, int]:
    """The first and last day drawn. At C speed over the rows' distinct days, or over
    those ``counts`` found (a Python loop over the rows was ~25 ms at 100,000 rows); a
    group row's dates are its members' extremes, so that ``counts`` leave it out changes
    nothing."""
    low = roadmap.horizon_start.toordinal()
    high = roadmap.horizon_end.toordinal()
    if counts is None:
        firsts, lasts = set(map(_START, rows)), set(map(_END, rows))
    else:
        codes = set(chain.from_iterable(counts.codes))
        firsts = {code for code in codes if code >= 0}
        lasts = {~code for code in codes if code < 0}
    if baseline:  # else no row has baseline dates
        firsts.update(map(_BASE_START, rows))
        lasts.update(map(_BASE_END, rows))
    firsts.discard(None)
    lasts.discard(None)
    low = min(low, min(cast("set[int]", firsts), default=low))
    high = max(high, max(cast("set[int]", lasts), default=high))
    for stage in roadmap.stages:
        if stage.gate_review is not None:
            low = min(low, stage.gate_review.toordinal())
            high = max(high, stage.gate_review.toordinal())
    first = _month_start(dt.date.fromordinal(low))
    last = _month_end(dt.date.fromordinal(max(high, low + 6)))
    return first.toordinal(), last.toordinal()


MAX_PATCHED = 2_000
"""Beyond this many changed use cases, :func:`update` leaves it to :func:`build`."""


def update(layout: Layout, old: Roadmap, new: Roadmap) -> Layout | None:
    """The layout of ``new`` made from that of ``old`` when only use cases' dates, names,
    statuses or progress changed (a drag, a typed edit), else None: build it again.

    Equal to ``build(new, …)`` with the same date, baseline and gates, in a
    fraction of the time on a large roadmap (the rows are patched, not made).
    """
    if (
        new.stages is not old.stages
        or new.decisions is not old.decisions
        or new.baselines is not old.baselines
        or len(new.use_cases) != len(old.use_cases)
        or (new.horizon_start, new.horizon_end) != (old.horizon_start, old.horizon_end)
    ):
        return None
    pairs = zip(old.use_cases, new.use_cases, strict=True)
    changed = [i for i, (a, b) in enumerate(pairs) if a is not b]
    if len(changed) > MAX_PATCHED:
        return None
    rows = list(layout.rows)
    stages: set[str] = set()
    for i in changed:
        before, after = old.use_cases[i], new.use_cases[i]
        at = layout.find(USE_CASE, after.id)
        if (
            at is None
            or before.id != after.id
            or before.stage_id != after.stage_id
            or before.depends_on != after.depends_on
            or rows[at].stage_index < 0  # the "no stage" group's dates follow its members
        ):
            return None
        row = rows[at]
        start, end = after.planned_start.toordinal(), after.planned_end.toordinal()
        slip = None if row.base_end is None else end - row.base_end
        rows[at] = row._replace(label=after.name, status=after.status, start=start, end=end,
                                progress=float(after.progress), slip=slip)  # fmt: skip
        if after.stage_id is not None:
            stages.add(after.stage_id)
    for stage_id in stages:
        at = layout.find(STAGE, stage_id)
        if at is None:
            return None
        live = []
        for row in rows[at + 1 :]:
            if row.kind != USE_CASE or row.stage_index != rows[at].stage_index:
                break
            if row.status != _DROPPED:
                live.append(row.progress)
        rows[at] = rows[at]._replace(progress=sum(live) / len(live) if live else 0.0)
    start, end = _extent(new, rows, baseline=layout.baseline_id is not None)
    return replace(
        layout, title=new.title, start=start, end=end, rows=tuple(rows), _index=layout._index,
        _gate_rows=layout._gate_rows, _link_ends=layout._link_ends, _heads=layout._heads,
        _day_counts=[],  # the rows' days changed: counted again when the bands need them
    )  # fmt: skip
