"""The timeline layout without Qt: rows, gates, ticks, overview bands, drag edits, pages."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from planner import templates
from planner import timeline as tl
from planner.edit.operations import EditError, SetField, apply
from planner.evidence.gates import evaluate_all, evaluate_stage
from planner.model.entities import Comparator, GateDecision, Outcome, Roadmap, UseCase
from planner.timeline import DragMode, GateState, Row, Zoom

AS_OF = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    return templates.create(templates.SAMPLE, today=AS_OF)


def _day(ordinal: int) -> dt.date:
    return dt.date.fromordinal(ordinal)


# ------------------------------------------------------------------- rows


def test_each_stage_is_followed_by_its_use_cases(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF)
    expected: list[tuple[str, str]] = []
    for stage in sample.stages:
        expected.append(("stage", stage.id))
        expected += [("use_case", u.id) for u in sample.use_cases if u.stage_id == stage.id]
    assert [(r.kind, r.id) for r in layout.rows] == expected
    for row in layout.rows:
        assert row.depth == (1 if row.kind == "use_case" else 0)
        assert layout.find(row.kind, row.id) == layout.rows.index(row)


def test_rows_carry_dates_status_progress_and_stage_colour(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF)
    minutes = layout.rows[layout.find("use_case", "uc-meeting-minutes") or 0]
    use_case = next(u for u in sample.use_cases if u.id == "uc-meeting-minutes")
    assert (_day(minutes.start), _day(minutes.end)) == (
        use_case.planned_start,
        use_case.planned_end,
    )
    assert minutes.status == use_case.status
    assert minutes.progress == use_case.progress
    stage = next(s for s in sample.stages if s.id == use_case.stage_id)
    assert minutes.colour == stage.colour
    assert layout.stages[0] == (sample.stages[0].name, sample.stages[0].colour)
    members = [u for u in sample.use_cases if u.stage_id == stage.id and u.status != "dropped"]
    stage_row = layout.rows[layout.find("stage", stage.id) or 0]
    assert stage_row.progress == pytest.approx(sum(u.progress for u in members) / len(members))


def test_stages_without_colour_take_the_default_colours(sample: Roadmap) -> None:
    plain = sample.model_copy(
        update={"stages": tuple(s.model_copy(update={"colour": None}) for s in sample.stages)}
    )
    layout = tl.build(plain, AS_OF, readiness=())
    colours = [r.colour for r in layout.rows if r.kind == "stage"]
    assert colours == list(tl.STAGE_COLOURS[: len(colours)])


def test_use_cases_without_a_stage_come_last_under_a_group(sample: Roadmap) -> None:
    loose = sample.use_cases[0].model_copy(update={"id": "uc-loose", "stage_id": None})
    roadmap = sample.model_copy(update={"use_cases": (*sample.use_cases, loose)})
    layout = tl.build(roadmap, AS_OF, readiness=())
    assert [(r.kind, r.id) for r in layout.rows[-2:]] == [("group", ""), ("use_case", "uc-loose")]
    assert layout.rows[-1].stage_index == -1


def test_extent_runs_from_a_month_start_to_a_month_end(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF)
    first, last = _day(layout.start), _day(layout.end)
    assert first.day == 1
    assert (last + dt.timedelta(days=1)).day == 1
    for row in layout.rows:
        assert layout.start <= row.start <= row.end <= layout.end
    assert first <= min(sample.horizon_start, *(u.planned_start for u in sample.use_cases))
    assert last >= sample.horizon_end
    assert layout.days == layout.end - layout.start + 1


def test_empty_roadmap_has_no_rows_but_a_date_range(sample: Roadmap) -> None:
    empty = sample.model_copy(
        update={"stages": (), "use_cases": (), "criteria": (), "decisions": (), "baselines": ()}
    )
    layout = tl.build(empty, AS_OF)
    assert layout.rows == ()
    assert layout.days > 0


# ------------------------------------------------------------------- baseline


def test_baseline_dates_and_slip(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF)
    baseline = sample.baselines[0]
    assert (layout.baseline_id, layout.baseline_name) == (baseline.id, baseline.name)
    recorded = {e.entity_id: e for e in baseline.entries}
    checked = 0
    for row in layout.rows:
        entry = recorded.get(row.id)
        if entry is None:
            assert row.base_start is None
            assert row.slip is None
            continue
        assert (row.base_start, row.base_end) == (entry.start.toordinal(), entry.end.toordinal())
        assert row.slip == row.end - entry.end.toordinal()
        checked += 1
    assert checked > 0
    assert any(row.slip for row in layout.rows)


def test_no_baseline_or_an_unknown_one(sample: Roadmap) -> None:
    none = tl.build(sample, AS_OF, baseline_id="", readiness=())
    assert none.baseline_id is None
    assert all(r.base_start is None for r in none.rows)
    with pytest.raises(ValueError, match="no baseline 'nope'"):
        tl.build(sample, AS_OF, baseline_id="nope", readiness=())


# ------------------------------------------------------------------- gates, links


def test_gate_marks_follow_readiness_until_a_decision(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF)
    reviewed = [s for s in sample.stages if s.gate_review is not None]
    assert [layout.rows[g.row].id for g in layout.gates] == [s.id for s in reviewed]
    writing = layout.gate_at(layout.find("stage", "stage-writing") or 0)
    assert writing is not None
    assert writing.decision_id is None
    assert writing.day == reviewed[0].gate_review.toordinal()  # type: ignore[union-attr]
    assert writing.state in {GateState.READY, GateState.ON_TRACK, GateState.NOT_MET}
    # The sample's February decision belongs to an earlier review: a mark of its own.
    assert [(d.decision_id, d.outcome) for d in layout.decisions] == [
        ("decision-writing-march", Outcome.RECYCLE)
    ]


def test_a_decision_near_the_review_decides_the_mark(sample: Roadmap) -> None:
    stage = sample.stages[0]
    assert stage.gate_review is not None
    decision = GateDecision(
        id="dec-new", stage_id=stage.id, date=stage.gate_review - dt.timedelta(days=3),
        outcome=Outcome.GO_WITH_CONDITIONS,
    )  # fmt: skip
    roadmap = sample.model_copy(update={"decisions": (*sample.decisions, decision)})
    layout = tl.build(roadmap, stage.gate_review)
    mark = layout.gate_at(0)
    assert mark is not None
    assert (mark.state, mark.decision_id) == (GateState.GO_WITH_CONDITIONS, "dec-new")
    before = tl.build(roadmap, stage.gate_review - dt.timedelta(days=4))
    assert before.gate_at(0) is not None
    assert before.gate_at(0).decision_id is None  # type: ignore[union-attr]


def test_readiness_states(sample: Roadmap) -> None:
    assert tl.readiness_state(None) is GateState.NO_DATA
    by_stage = {r.stage.id: r for r in evaluate_all(sample, AS_OF)}
    # The sample: stage 1 short of one mandatory criterion, expected in time.
    assert tl.readiness_state(by_stage["stage-writing"]) is GateState.ON_TRACK
    assert tl.readiness_state(by_stage["stage-project"]) is GateState.NOT_MET
    easy = tuple(
        c.model_copy(update={"comparator": Comparator.AT_LEAST, "threshold": -1e9})
        if c.stage_id == "stage-writing" else c
        for c in sample.criteria
    )  # fmt: skip
    ready = evaluate_stage(sample.model_copy(update={"criteria": easy}), "stage-writing", AS_OF)
    assert tl.readiness_state(ready) is GateState.READY
    bare = tuple(c for c in sample.criteria if c.stage_id != "stage-bespoke")
    none = evaluate_stage(sample.model_copy(update={"criteria": bare}), "stage-bespoke", AS_OF)
    assert tl.readiness_state(none) is GateState.NO_DATA


def test_gate_marks_can_be_left_out_and_added_later(sample: Roadmap) -> None:
    bare = tl.build(sample, AS_OF, readiness=())
    assert bare.gates == ()
    full = tl.build(sample, AS_OF)
    again = bare.with_gates(full.gates)
    assert again.gates == full.gates
    assert again.gate_at(full.gates[0].row) == full.gates[0]


def test_dependency_links_point_from_row_to_row(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF)
    expected = {
        (layout.find("use_case", before), layout.find("use_case", u.id))
        for u in sample.use_cases
        for before in u.depends_on
    }
    assert {(link.before, link.after) for link in layout.links} == expected
    for first, stop in ((0, 3), (5, 9), (12, len(layout.rows))):
        found = layout.links_touching(first, stop)
        assert len(found) == len(set(found))
        assert set(found) == {
            link for link in layout.links if any(first <= end < stop for end in link)
        }


# ------------------------------------------------------------------- scale and ticks


def test_zoom_levels_change_the_scale(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF, readiness=())
    week, month, quarter = (tl.scale_for(layout, z).px_per_day for z in _zooms())
    assert week > month > quarter
    fit = tl.scale_for(layout, Zoom.FIT, fit_width=1000)
    assert fit.width(layout.days) == pytest.approx(1000)
    with pytest.raises(ValueError, match="width"):
        tl.scale_for(layout, Zoom.FIT)
    scale = tl.Scale(layout.start, 4.0)
    assert scale.x(layout.start + 10) == 40
    assert scale.day_at(40) == layout.start + 10


def _zooms() -> tuple[Zoom, Zoom, Zoom]:
    return Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER


@pytest.mark.parametrize(
    ("zoom", "minor", "major"),
    [
        (Zoom.WEEK, "week", "month"),
        (Zoom.MONTH, "month", "year"),
        (Zoom.QUARTER, "quarter", "year"),
    ],
)
def test_ticks_per_zoom(zoom: Zoom, minor: str, major: str) -> None:
    start, end = dt.date(2026, 1, 14).toordinal(), dt.date(2027, 5, 3).toordinal()
    ticks = tl.axis(start, end, tl.ZOOM_PX_PER_DAY[zoom])
    assert {t.unit for t in ticks.minor} == {minor}
    assert {t.unit for t in ticks.major} == {major}
    for series in (ticks.minor, ticks.major):
        assert series[0].start <= _day(start) < series[0].end
        assert series[-1].start <= _day(end) < series[-1].end
        assert all(a.end == b.start for a, b in itertools.pairwise(series))
    if minor == "week":
        assert all(t.start.weekday() == 0 and (t.end - t.start).days == 7 for t in ticks.minor)
    if minor == "month":
        assert [t.start for t in ticks.minor[:2]] == [dt.date(2026, 1, 1), dt.date(2026, 2, 1)]
    if minor == "quarter":
        assert [t.start.month for t in ticks.minor[:4]] == [1, 4, 7, 10]


def test_very_long_plans_tick_in_years() -> None:
    ticks = tl.axis(dt.date(2020, 1, 1).toordinal(), dt.date(2030, 1, 1).toordinal(), 0.1)
    assert {t.unit for t in ticks.minor} == {"year"}
    assert ticks.major == ()


def test_visible_rows() -> None:
    assert tl.visible_rows(1000, 20, 0, 100) == range(0, 5)
    assert tl.visible_rows(1000, 20, 30, 100) == range(1, 7)
    assert tl.visible_rows(10, 20, 150, 400) == range(7, 10)
    assert tl.visible_rows(0, 20, 0, 100) == range(0)


# ------------------------------------------------------------------- dragging


def test_snapping() -> None:
    assert tl.snap(1.4, 1) == 1
    assert tl.snap(-1.6, 1) == -2
    assert tl.snap(0.4, 1) == 0
    assert tl.snap(10, 7) == 7
    assert tl.snap(11, 7) == 14
    assert tl.snap(-3, 7) == 0
    assert tl.snap_days(tl.ZOOM_PX_PER_DAY[Zoom.WEEK]) == 1
    assert tl.snap_days(tl.ZOOM_PX_PER_DAY[Zoom.MONTH]) == 1
    assert tl.snap_days(tl.ZOOM_PX_PER_DAY[Zoom.QUARTER]) == 7


def test_dragged_keeps_edges_in_order() -> None:
    assert tl.dragged(10, 20, DragMode.MOVE, 5) == (15, 25)
    assert tl.dragged(10, 20, DragMode.START, 3) == (13, 20)
    assert tl.dragged(10, 20, DragMode.START, 30) == (20, 20)
    assert tl.dragged(10, 20, DragMode.END, -4) == (10, 16)
    assert tl.dragged(10, 20, DragMode.END, -30) == (10, 10)


def test_reschedule_a_use_case_is_one_batch(sample: Roadmap) -> None:
    use_case = next(u for u in sample.use_cases if u.id == "uc-meeting-minutes")
    op = tl.reschedule(sample, "use_case", use_case.id, DragMode.MOVE, 14)
    new, inverse = apply(sample, op)
    moved = next(u for u in new.use_cases if u.id == use_case.id)
    assert moved.planned_start == use_case.planned_start + dt.timedelta(days=14)
    assert moved.planned_end == use_case.planned_end + dt.timedelta(days=14)
    assert apply(new, inverse)[0] == sample
    end = tl.reschedule(sample, "use_case", use_case.id, DragMode.END, -7)
    shorter = next(u for u in apply(sample, end)[0].use_cases if u.id == use_case.id)
    assert shorter.planned_start == use_case.planned_start
    assert shorter.planned_end == use_case.planned_end - dt.timedelta(days=7)


def test_moving_a_stage_takes_its_use_cases_and_review(sample: Roadmap) -> None:
    stage = sample.stages[2]
    new, _ = apply(sample, tl.reschedule(sample, "stage", stage.id, DragMode.MOVE, 21))
    moved = next(s for s in new.stages if s.id == stage.id)
    assert moved.planned_start == stage.planned_start + dt.timedelta(days=21)
    assert moved.gate_review == stage.gate_review + dt.timedelta(days=21)  # type: ignore[operator]
    for before, after in zip(sample.use_cases, new.use_cases, strict=True):
        shift = 21 if before.stage_id == stage.id else 0
        assert after.planned_start == before.planned_start + dt.timedelta(days=shift)
    resized, _ = apply(sample, tl.reschedule(sample, "stage", stage.id, DragMode.END, 7))
    assert resized.use_cases == sample.use_cases


def test_a_drop_that_breaks_stage_order_is_refused(sample: Roadmap) -> None:
    second = sample.stages[1]
    days = (sample.stages[0].planned_start - second.planned_start).days - 7
    with pytest.raises(EditError, match="stage"):
        apply(sample, tl.reschedule(sample, "stage", second.id, DragMode.START, days))


def test_reschedule_unknown_entity(sample: Roadmap) -> None:
    with pytest.raises(KeyError):
        tl.reschedule(sample, "use_case", "nope", DragMode.MOVE, 1)
    with pytest.raises(KeyError):
        tl.reschedule(sample, "risk", sample.risks[0].id, DragMode.MOVE, 1)


# ------------------------------------------------------------------- overview


def _row(start: int, end: int, stage: int = 0, kind: str = "use_case") -> Row:
    return Row(kind, f"r{start}-{end}", "", 1, stage, f"#00000{stage}", "planned", start, end,
               0.0, None, None, None)  # fmt: skip


def test_overview_bands_count_rows_per_period() -> None:
    rows = [_row(0, 13), _row(7, 13), _row(28, 34), _row(0, 6, stage=1)]
    bands = tl.overview(rows, 3, 7, origin=0)
    assert [(b.first, b.stop) for b in bands] == [(0, 3), (3, 4)]
    first = bands[0]
    assert first.stage_index == 0
    # week 0: 1 of 3 rows, week 1: 2 of 3, weeks 2–3: none, week 4: 1 of 3.
    assert first.runs == ((0, 7, 0.5), (7, 14, 0.75), (28, 35, 0.5))
    assert bands[1].runs == ((0, 7, 1.0),)
    assert bands[1].colour == "#000001"


def test_overview_merges_equal_neighbours_and_keeps_every_row() -> None:
    rows = [_row(i, i + 30) for i in range(0, 300, 3)]
    bands = tl.overview(rows, 25, 7, origin=0)
    assert sum(b.stop - b.first for b in bands) == len(rows)
    for band in bands:
        levels = [r[2] for r in band.runs]
        assert all(0 < level <= 1 for level in levels)
        assert all(a[1] <= b[0] for a, b in zip(band.runs, band.runs[1:], strict=False))
        assert all(
            not (a[1] == b[0] and a[2] == b[2])
            for a, b in zip(band.runs, band.runs[1:], strict=False)
        )
    with pytest.raises(ValueError, match="at least one"):
        tl.overview(rows, 0, 7, origin=0)


def test_overview_of_the_sample_covers_every_bar(sample: Roadmap) -> None:
    layout = tl.build(sample, AS_OF, readiness=())
    bands = tl.overview(layout.rows, 1, 1, layout.start)
    for band, row in zip(bands, layout.rows, strict=True):
        assert band.runs == ((row.start, row.end + 1, 1.0),)


# ------------------------------------------------------------------- printing


def test_paginate_fits_one_page_when_it_can() -> None:
    tiles = tl.paginate(16, 700.0, chart_space=700.0, row_space=500.0, row_height=22.0)
    assert tiles == [tl.Tile(1, 0, 0, 16, 0.0, 700.0)]


def test_paginate_tiles_across_then_down() -> None:
    tiles = tl.paginate(70, 1250.0, chart_space=500.0, row_space=610.0, row_height=20.0)
    # 30 rows a page → three bands; 1250 px on 500 px → three columns.
    assert len(tiles) == 9
    assert [t.page for t in tiles] == list(range(1, 10))
    assert [(t.first, t.stop) for t in tiles[:4]] == [(0, 30), (0, 30), (0, 30), (30, 60)]
    assert [(t.x0, t.x1) for t in tiles[:3]] == [(0.0, 500.0), (500.0, 1000.0), (1000.0, 1250.0)]
    assert tiles[-1].stop == 70
    covered = {(r, t.column) for t in tiles for r in range(t.first, t.stop)}
    assert covered == {(r, c) for r in range(70) for c in range(3)}


def test_paginate_edge_cases() -> None:
    assert tl.paginate(0, 100.0, chart_space=200.0, row_space=100.0, row_height=20.0) == [
        tl.Tile(1, 0, 0, 0, 0.0, 100.0)
    ]
    one = tl.paginate(3, 100.0, chart_space=200.0, row_space=5.0, row_height=20.0)
    assert [(t.first, t.stop) for t in one] == [(0, 1), (1, 2), (2, 3)]
    with pytest.raises(ValueError, match="room"):
        tl.paginate(3, 100.0, chart_space=0.0, row_space=100.0, row_height=20.0)
    assert tl.fit_px_per_day(100, 500.0) == 5.0


def test_build_handles_use_case_lists_with_many_rows() -> None:
    base = templates.create("blank", today=AS_OF)
    stage = base.stages[0]
    many = tuple(
        UseCase(id=f"uc-{i}", name=f"Use case {i}", stage_id=stage.id,
                planned_start=stage.planned_start, planned_end=stage.planned_end)
        for i in range(500)
    )  # fmt: skip
    layout = tl.build(base.model_copy(update={"use_cases": many}), AS_OF, readiness=())
    assert len(layout.rows) == 501
    assert layout.find("use_case", "uc-499") == 500
    unchanged = apply(base, SetField("roadmap", None, "title", "x"))[0]
    assert tl.build(unchanged, AS_OF, readiness=()).title == "x"


# ------------------------------------------------------------------- patching


def _same(patched: tl.Layout | None, built: tl.Layout) -> None:
    assert patched is not None
    assert patched == built
    for i, row in enumerate(built.rows):
        assert patched.find(row.kind, row.id) == i


@pytest.mark.parametrize("mode", list(DragMode))
@pytest.mark.parametrize("days", [-40, -7, 3, 400])
def test_update_after_a_drag_equals_a_new_build(sample: Roadmap, mode: DragMode, days: int) -> None:
    before = tl.build(sample, AS_OF)
    for use_case in sample.use_cases:
        new, _ = apply(sample, tl.reschedule(sample, "use_case", use_case.id, mode, days))
        _same(
            tl.update(before, sample, new),
            tl.build(new, AS_OF, readiness=()).with_gates(before.gates),
        )


def test_update_after_other_field_edits(sample: Roadmap) -> None:
    before = tl.build(sample, AS_OF, readiness=())
    for field, value in (("name", "Renamed"), ("status", "dropped"), ("progress", 100)):
        new, _ = apply(sample, SetField("use_case", "uc-meeting-minutes", field, value))
        _same(tl.update(before, sample, new), tl.build(new, AS_OF, readiness=()))


def test_update_gives_up_when_the_structure_changes(sample: Roadmap) -> None:
    before = tl.build(sample, AS_OF, readiness=())
    moved_stage, _ = apply(sample, tl.reschedule(sample, "stage", "stage-bespoke", DragMode.END, 7))
    assert tl.update(before, sample, moved_stage) is None
    other_stage, _ = apply(sample, SetField("use_case", "uc-meeting-minutes", "stage_id",
                                            "stage-project"))  # fmt: skip
    assert tl.update(before, sample, other_stage) is None
    renamed, _ = apply(sample, SetField("roadmap", None, "title", "Another"))
    _same(tl.update(before, sample, renamed), tl.build(renamed, AS_OF, readiness=()))
