"""Timeline layout: what the Gantt shows and where, without any drawing.

The desktop timeline, its PDF/PNG export and their tests share this module,
so the window and the printed page show the same picture. Everything here is
plain data:

- :func:`build` turns a roadmap into a :class:`Layout`: one :class:`Row` per
  stage (a swimlane) followed by its use cases, use cases without a stage
  under a last "no stage" group; dates as day ordinals so painting never
  touches a pydantic model; gate-review marks with their status, recorded
  decisions, dependency links between rows and the baseline's dates and slip.
- :func:`scale_for` and :func:`axis` give the horizontal scale (pixels per
  day) of a zoom level and the ticks of its two-line date header.
- :func:`overview` aggregates rows into bands for a zoomed-out view: one
  band per few pixels of height, drawn as a handful of density runs instead
  of thousands of bars.
- :func:`reschedule` builds the one undoable edit of a bar drag.
- :func:`paginate` splits the chart over printed pages (fit to one page wide,
  or tiles at a readable scale with the row labels repeated on every page).
"""

from __future__ import annotations

import datetime as dt
import gc
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import pairwise
from typing import NamedTuple

from planner.edit.operations import Batch, SetField
from planner.evidence.decisions import review_decisions
from planner.evidence.forecast import ForecastStatus
from planner.evidence.gates import CriterionStatus, StageReadiness, evaluate_all
from planner.model.entities import Outcome, Roadmap, UseCase, UseCaseStatus

STAGE_COLOURS = ("#3E6FA8", "#5C8F4E", "#8A5A9E", "#B87A2E", "#3F8F8F", "#A8554F")
"""Bar colours of stages without a colour of their own, in stage order (as in the workbook)."""

STAGE, USE_CASE, GROUP = "stage", "use_case", "group"
"""Row kinds; a group row heads the use cases that belong to no stage."""


class Zoom(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    FIT = "fit"
    """As many pixels per day as make the whole date range fill the width available."""


ZOOM_PX_PER_DAY = {Zoom.WEEK: 16.0, Zoom.MONTH: 4.2, Zoom.QUARTER: 1.0}
"""A week is 112 px wide at week zoom, a month about 128 px at month zoom, a quarter 91 px."""

MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.05, 64.0
WEEK_TICKS_FROM, MONTH_TICKS_FROM, QUARTER_TICKS_FROM = 5.5, 1.1, 0.35
"""Pixels per day from which the minor ticks are weeks, months, quarters (else years)."""
DAY_SNAP_FROM = 3.0
"""From this many pixels per day a drag snaps to days; below it, to whole weeks."""


class GateState(StrEnum):
    """What a gate-review mark says: the decision taken, else the evidence so far."""

    GO = "go"
    GO_WITH_CONDITIONS = "go_with_conditions"
    HOLD = "hold"
    RECYCLE = "recycle"
    STOP = "stop"
    READY = "ready"
    """Not decided; every mandatory criterion is met."""
    ON_TRACK = "on_track"
    """Not decided; mandatory criteria not met yet but forecast to be met by the review."""
    NOT_MET = "not_met"
    """Not decided; mandatory criteria not met and not forecast in time."""
    NO_DATA = "no_data"
    """Not decided; no criteria, or the mandatory criteria not met have no data at all."""


class Row(NamedTuple):
    """One line of the chart. Dates are day ordinals (``date.toordinal()``), end inclusive."""

    kind: str
    id: str
    label: str
    depth: int
    stage_index: int
    """Position of the row's stage (colour key); -1 for no stage."""
    colour: str
    """``#RRGGBB`` of the row's stage."""
    status: str
    """The stage's or use case's status (the StrEnum member); empty for a group row."""
    start: int
    end: int
    progress: float
    """0–100: the use case's progress; for a stage the mean of its use cases (dropped aside)."""
    base_start: int | None
    base_end: int | None
    slip: int | None
    """Days the end is later (positive) than in the baseline; None when not in the baseline."""


class GateMark(NamedTuple):
    row: int
    day: int
    state: GateState
    met: int
    total: int
    decision_id: str | None
    """The decision that decided this review, if any."""


class DecisionMark(NamedTuple):
    row: int
    day: int
    outcome: Outcome
    decision_id: str


class Link(NamedTuple):
    """A dependency: the row at ``before`` must finish before the row at ``after`` starts."""

    before: int
    after: int


@dataclass(frozen=True)
class Layout:
    title: str
    as_of: dt.date
    start: int
    """First day drawn (ordinal): the first of the month of the earliest date."""
    end: int
    """Last day drawn (ordinal, inclusive): the end of the month of the latest date."""
    rows: tuple[Row, ...]
    gates: tuple[GateMark, ...] = ()
    decisions: tuple[DecisionMark, ...] = ()
    links: tuple[Link, ...] = ()
    baseline_id: str | None = None
    baseline_name: str = ""
    stages: tuple[tuple[str, str], ...] = ()
    """(name, colour) of each stage, for the legend."""
    _index: dict[tuple[str, str], int] = field(default_factory=dict, compare=False, repr=False)
    _gate_rows: dict[int, GateMark] = field(default_factory=dict, compare=False, repr=False)
    _link_ends: dict[int, list[Link]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def days(self) -> int:
        return self.end - self.start + 1

    def find(self, kind: str, entity_id: str) -> int | None:
        """Row index of a stage or use case (None when it has no row)."""
        if not self._index:
            self._index.update(((r.kind, r.id), i) for i, r in enumerate(self.rows))
        return self._index.get((kind, entity_id))

    def gate_at(self, row: int) -> GateMark | None:
        if not self._gate_rows and self.gates:
            self._gate_rows.update((g.row, g) for g in self.gates)
        return self._gate_rows.get(row)

    def decisions_in(self, first: int, stop: int) -> list[DecisionMark]:
        return [d for d in self.decisions if first <= d.row < stop]

    def links_touching(self, first: int, stop: int) -> list[Link]:
        """Links with an end in rows ``first`` to ``stop - 1`` (each once).

        A link passing through without an end in view is left out: on a large
        roadmap thousands of long links would cross every screen.
        """
        if not self._link_ends and self.links:
            self._link_ends.update(_link_ends(self.links))
        found: dict[Link, None] = {}
        for row in range(first, stop):
            for link in self._link_ends.get(row, ()):
                found[link] = None
        return list(found)

    def with_gates(self, gates: Sequence[GateMark]) -> Layout:
        """The same layout with other gate marks (evaluated later, or again)."""
        return replace(
            self, gates=tuple(gates), _index=self._index, _gate_rows={}, _link_ends=self._link_ends
        )


# ------------------------------------------------------------------- building


def stage_colour(position: int, colour: str | None) -> str:
    return colour if colour else STAGE_COLOURS[position % len(STAGE_COLOURS)]


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


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
    with _gc_paused():
        layout = _build(roadmap, as_of, choose_baseline(roadmap, baseline_id))
    if readiness is None:
        readiness = evaluate_all(roadmap, as_of)
    return layout.with_gates(gate_marks(roadmap, layout, readiness)) if readiness else layout


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No garbage collection while the rows are made: 100k new tuples would trigger
    full collections over the whole roadmap, doubling the time (they hold no cycles)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
    legend: list[tuple[str, str]] = []
    use_cases = roadmap.use_cases
    for position, stage in enumerate(roadmap.stages):
        colour = stage_colour(position, stage.colour)
        legend.append((stage.name, colour))
        members = by_stage.get(stage.id, [])
        live = [use_cases[i].progress for i in members if use_cases[i].status != _DROPPED]
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
    start, end = _extent(roadmap, rows)
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
        _link_ends=_link_ends(links),  # made here, while garbage collection is paused
    )


def _link_ends(links: Sequence[Link]) -> dict[int, list[Link]]:
    ends: dict[int, list[Link]] = {}
    for link in links:
        ends.setdefault(link.before, []).append(link)
        if link.after != link.before:
            ends.setdefault(link.after, []).append(link)
    return ends


_DROPPED = UseCaseStatus.DROPPED


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


def _extent(roadmap: Roadmap, rows: Sequence[Row]) -> tuple[int, int]:
    low = roadmap.horizon_start.toordinal()
    high = roadmap.horizon_end.toordinal()
    for row in rows:
        low = min(low, row.start, row.base_start if row.base_start is not None else low)
        high = max(high, row.end, row.base_end if row.base_end is not None else high)
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
    start, end = _extent(new, rows)
    return replace(
        layout, title=new.title, start=start, end=end, rows=tuple(rows), _index=layout._index,
        _gate_rows=layout._gate_rows, _link_ends=layout._link_ends,
    )  # fmt: skip


def gate_marks(
    roadmap: Roadmap, layout: Layout, readiness: Sequence[StageReadiness]
) -> list[GateMark]:
    """One mark per stage with a review date: the decision for it, else its readiness."""
    as_of = layout.as_of
    by_stage = {r.stage.id: r for r in readiness}
    # The decision of each stage's current review (planner.evidence.decisions).
    decided = {
        stage_id: (d.date, d.id, d.outcome)
        for stage_id, d in review_decisions(roadmap, as_of).items()
    }
    marks = []
    for stage in roadmap.stages:
        row = layout.find(STAGE, stage.id)
        if stage.gate_review is None or row is None:
            continue
        found = by_stage.get(stage.id)
        met, total = (found.met, found.total) if found else (0, 0)
        taken = decided.get(stage.id)
        if taken is not None:
            state, decision_id = GateState(taken[2].value), taken[1]
        else:
            state, decision_id = readiness_state(found), None
        marks.append(GateMark(row, stage.gate_review.toordinal(), state, met, total, decision_id))
    return marks


def readiness_state(readiness: StageReadiness | None) -> GateState:
    """The evidence so far: mandatory met, forecast on track, not met, or no data."""
    if readiness is None or readiness.total == 0:
        return GateState.NO_DATA
    if readiness.mandatory_met:
        return GateState.READY
    failed = readiness.mandatory_failed
    if all(r.status is CriterionStatus.NO_DATA for r in failed):
        return GateState.NO_DATA
    if all(r.forecast is not None and r.forecast.status is ForecastStatus.ON_TRACK for r in failed):
        return GateState.ON_TRACK
    return GateState.NOT_MET


# ---------------------------------------------------------------- scale, axis


@dataclass(frozen=True)
class Scale:
    origin: int
    """Day ordinal at x = 0."""
    px_per_day: float

    def x(self, day: float) -> float:
        return (day - self.origin) * self.px_per_day

    def day_at(self, x: float) -> float:
        return self.origin + x / self.px_per_day

    def width(self, days: float) -> float:
        return days * self.px_per_day


def scale_for(layout: Layout, zoom: Zoom, fit_width: float | None = None) -> Scale:
    """The scale of a zoom level; ``FIT`` spreads the layout's days over ``fit_width`` pixels."""
    if zoom is Zoom.FIT:
        if fit_width is None:
            raise ValueError("fit-to-width needs the width available")
        ppd = fit_width / max(1, layout.days)
    else:
        ppd = ZOOM_PX_PER_DAY[zoom]
    return Scale(layout.start, min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, ppd)))


def snap_days(px_per_day: float) -> int:
    """The unit a drag snaps to: 1 (days) when zoomed in, 7 (weeks) when zoomed out."""
    return 1 if px_per_day >= DAY_SNAP_FROM else 7


def snap(days: float, unit: int) -> int:
    """``days`` rounded to a whole number of ``unit`` (half away from zero)."""
    units = math.floor(abs(days) / unit + 0.5)
    return int(math.copysign(units * unit, days)) if units else 0


class Tick(NamedTuple):
    start: dt.date
    end: dt.date
    """First day after the period."""
    unit: str
    """``week``, ``month``, ``quarter`` or ``year``: how the label is written."""


@dataclass(frozen=True)
class Axis:
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


def tick_units(px_per_day: float) -> tuple[str, str]:
    """(minor, major) period of the header rows at a scale."""
    if px_per_day >= WEEK_TICKS_FROM:
        return "week", "month"
    if px_per_day >= MONTH_TICKS_FROM:
        return "month", "year"
    if px_per_day >= QUARTER_TICKS_FROM:
        return "quarter", "year"
    return "year", "year"


def axis(start: int, end: int, px_per_day: float) -> Axis:
    """The periods of the header between two day ordinals (the first may start before)."""
    minor_unit, major_unit = tick_units(px_per_day)
    first, last = dt.date.fromordinal(start), dt.date.fromordinal(end)
    minor = tuple(periods(first, last, minor_unit))
    major = () if major_unit == minor_unit else tuple(periods(first, last, major_unit))
    return Axis(minor, major)


def period_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def next_period(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def periods(first: dt.date, last: dt.date, unit: str) -> list[Tick]:
    """Every period of ``unit`` that overlaps ``first``–``last``."""
    ticks = []
    day = period_start(first, unit)
    while day <= last:
        following = next_period(day, unit)
        ticks.append(Tick(day, following, unit))
        day = following
    return ticks


def visible_rows(count: int, row_height: float, top: float, height: float) -> range:
    """Rows a window of ``height`` pixels starting ``top`` pixels down the rows shows."""
    if count <= 0 or height <= 0:
        return range(0)
    first = max(0, int(top // row_height))
    stop = min(count, math.ceil((top + height) / row_height))
    return range(first, max(first, stop))


# ---------------------------------------------------------------- overview


class Band(NamedTuple):
    """Rows ``first`` to ``stop - 1`` drawn as one strip of density runs."""

    first: int
    stop: int
    stage_index: int
    """The stage most of the band's rows belong to (its colour)."""
    colour: str
    runs: tuple[tuple[int, int, float], ...]
    """(first day, day after, share of the band's rows scheduled then, 0–1]."""


DENSITY_LEVELS = 4
"""Densities are rounded up to quarters so neighbouring periods merge into few runs."""


def overview(rows: Sequence[Row], band_rows: int, bucket_days: int, origin: int) -> list[Band]:
    """Rows grouped ``band_rows`` at a time, each band as runs of equal density.

    Time is cut in buckets of ``bucket_days`` from ``origin``; a run covers the
    buckets where at least one row of the band is scheduled, with the share of
    the band's rows scheduled there rounded up to a quarter.
    """
    if band_rows < 1 or bucket_days < 1:
        raise ValueError("bands and buckets hold at least one row and one day")
    bands = []
    for first in range(0, len(rows), band_rows):
        members = rows[first : first + band_rows]
        bars = [r for r in members if r.kind != GROUP]
        counts: dict[int, int] = {}
        for row in members:
            counts[row.stage_index] = counts.get(row.stage_index, 0) + 1
        stage_index = max(counts, key=lambda k: (counts[k], -k))
        colour = next(r.colour for r in members if r.stage_index == stage_index)
        bands.append(
            Band(first, first + len(members), stage_index, colour,
                 _runs(bars, len(members), bucket_days, origin))
        )  # fmt: skip
    return bands


def _runs(
    rows: Sequence[Row], size: int, bucket_days: int, origin: int
) -> tuple[tuple[int, int, float], ...]:
    change: dict[int, int] = {}
    for row in rows:
        b0 = (row.start - origin) // bucket_days
        b1 = (row.end - origin) // bucket_days + 1
        change[b0] = change.get(b0, 0) + 1
        change[b1] = change.get(b1, 0) - 1
    runs: list[tuple[int, int, float]] = []
    active = 0
    keys = sorted(change)
    for here, following in pairwise(keys):
        active += change[here]
        if active <= 0:
            continue
        level = math.ceil(DENSITY_LEVELS * active / size) / DENSITY_LEVELS
        begin = origin + here * bucket_days
        stop = origin + following * bucket_days
        if runs and runs[-1][1] == begin and runs[-1][2] == level:
            runs[-1] = (runs[-1][0], stop, level)
        else:
            runs.append((begin, stop, level))
    return tuple(runs)


# ---------------------------------------------------------------- rescheduling


class DragMode(StrEnum):
    MOVE = "move"
    START = "start"
    END = "end"


def dragged(start: int, end: int, mode: DragMode, days: int) -> tuple[int, int]:
    """New (start, end) ordinals after dragging by ``days``; an edge never passes the other."""
    if mode is DragMode.MOVE:
        return start + days, end + days
    if mode is DragMode.START:
        return min(start + days, end), end
    return start, max(end + days, start)


def reschedule(roadmap: Roadmap, kind: str, entity_id: str, mode: DragMode, days: int) -> Batch:
    """The one edit of a drag: new planned dates (a moved stage takes its use cases along).

    Moving a whole stage moves its use cases and its gate review by the same
    days, as a summary bar does in planning tools; resizing a stage changes
    the stage only. Raises KeyError for an unknown stage or use case.
    """
    entities = roadmap.stages if kind == STAGE else roadmap.use_cases
    entity = next((e for e in entities if e.id == entity_id), None)
    if entity is None or kind not in (STAGE, USE_CASE):
        raise KeyError(f"no {kind} '{entity_id}' in the roadmap")
    start, end = dragged(
        entity.planned_start.toordinal(), entity.planned_end.toordinal(), mode, days
    )
    ops = _dates(kind, entity_id, start, end)
    if kind == STAGE and mode is DragMode.MOVE and days:
        review = getattr(entity, "gate_review", None)
        if review is not None:
            ops.append(SetField(STAGE, entity_id, "gate_review", _shift(review, days)))
        for uc in roadmap.use_cases:
            if uc.stage_id == entity_id:
                ops += _dates(
                    USE_CASE, uc.id,
                    uc.planned_start.toordinal() + days, uc.planned_end.toordinal() + days,
                )  # fmt: skip
    return Batch(tuple(ops))


def _shift(day: dt.date, days: int) -> dt.date:
    return dt.date.fromordinal(day.toordinal() + days)


def _dates(kind: str, entity_id: str, start: int, end: int) -> list[SetField]:
    # Order matters only for readability: the batch is checked as a whole.
    return [
        SetField(kind, entity_id, "planned_start", dt.date.fromordinal(start)),
        SetField(kind, entity_id, "planned_end", dt.date.fromordinal(end)),
    ]


# ---------------------------------------------------------------- printing


class Tile(NamedTuple):
    """One printed page: rows ``first``–``stop - 1``, chart pixels ``x0``–``x1``."""

    page: int
    column: int
    first: int
    stop: int
    x0: float
    x1: float


def fit_px_per_day(days: int, chart_width: float) -> float:
    """The scale that puts ``days`` on ``chart_width`` pixels (fit to one page wide)."""
    return max(MIN_PX_PER_DAY, chart_width / max(1, days))


def paginate(
    rows: int, chart_width: float, *, chart_space: float, row_space: float, row_height: float
) -> list[Tile]:
    """Split a chart over pages: across the columns of a band of rows, then down.

    ``chart_space`` is the width a page has for the chart (beside the repeated
    row labels), ``row_space`` the height it has for rows (below the title
    block and the date header). Every page holds at least one row and a
    positive width of chart; a chart that fits is one column of pages.
    """
    if chart_space <= 0 or row_space <= 0 or row_height <= 0:
        raise ValueError("a page needs room for the chart and at least one row")
    per_page = max(1, int(row_space // row_height))
    columns = max(1, math.ceil(chart_width / chart_space - 1e-9))
    bands = [(f, min(rows, f + per_page)) for f in range(0, rows, per_page)] or [(0, 0)]
    tiles: list[Tile] = []
    for first, stop in bands:
        for column in range(columns):
            x0 = column * chart_space
            x1 = min(chart_width, x0 + chart_space)
            tiles.append(Tile(len(tiles) + 1, column, first, stop, x0, x1))
    return tiles
