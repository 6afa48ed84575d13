"""The zoomed-out bands are the same whichever way they are counted.

Issue 17 made the first zoomed-out frame of a 100,000-row timeline cheaper: the
bands take the stage counts and group rows from the layout's heads instead of
looking at every row, and read each band's start and end days from running
counts the layout keeps (:mod:`planner.timeline.day_counts`) instead of
counting its rows. The reference below is the row-by-row grouping it replaced:
every band, run and colour must be equal, for any band size and bucket, with
the layout's counts and with counts cut in blocks and chunks of any size (so
bands start and end inside blocks, on their edges and across chunks).
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from planner import templates
from planner import timeline as tl
from planner.model.entities import Roadmap
from planner.timeline import Band, Row
from planner.timeline.day_counts import DayCounts
from planner.timeline.layout import GROUP

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

AS_OF = dt.date(2026, 6, 1)


def reference(rows: Sequence[Row], band_rows: int, bucket_days: int, origin: int) -> list[Band]:
    bands = []
    for first in range(0, len(rows), band_rows):
        members = rows[first : first + band_rows]
        counts: dict[int, int] = {}
        for row in members:
            counts[row.stage_index] = counts.get(row.stage_index, 0) + 1
        stage_index = max(counts, key=lambda k: (counts[k], -k))
        colour = next(r.colour for r in members if r.stage_index == stage_index)
        change: dict[int, int] = {}
        for row in members:
            if row.kind == GROUP:
                continue
            b0 = (row.start - origin) // bucket_days
            b1 = (row.end - origin) // bucket_days + 1
            change[b0] = change.get(b0, 0) + 1
            change[b1] = change.get(b1, 0) - 1
        runs: list[tuple[int, int, float]] = []
        active = 0
        for here, following in pairwise(sorted(change)):
            active += change[here]
            if active <= 0:
                continue
            level = math.ceil(4 * active / len(members)) / 4
            begin, stop = origin + here * bucket_days, origin + following * bucket_days
            if runs and runs[-1][1] == begin and runs[-1][2] == level:
                runs[-1] = (runs[-1][0], stop, level)
            else:
                runs.append((begin, stop, level))
        bands.append(Band(first, first + len(members), stage_index, colour, tuple(runs)))
    return bands


def with_orphans(roadmap: Roadmap, every: int) -> Roadmap:
    """Some use cases taken out of their stage: the layout gets its group row."""
    use_cases = tuple(
        uc.model_copy(update={"stage_id": None}) if i % every == 0 else uc
        for i, uc in enumerate(roadmap.use_cases)
    )
    return roadmap.model_copy(update={"use_cases": use_cases})


LAYOUTS = [
    tl.build(templates.sample(), AS_OF, readiness=()),
    tl.build(with_orphans(templates.sample(), 3), AS_OF, readiness=()),
    tl.build(generate(600, seed=3), AS_OF, readiness=()),
    tl.build(with_orphans(generate(400, seed=4), 7), AS_OF, readiness=()),
]


@settings(max_examples=200, deadline=None)
@given(
    which=st.integers(0, len(LAYOUTS) - 1),
    band_rows=st.integers(1, 120),
    bucket_days=st.integers(1, 40),
)
def test_layout_bands_are_the_row_by_row_bands(
    which: int, band_rows: int, bucket_days: int
) -> None:
    layout = LAYOUTS[which]
    expected = reference(layout.rows, band_rows, bucket_days, layout.start)
    rows, heads, start = layout.rows, layout.heads, layout.start
    assert tl.overview(rows, band_rows, bucket_days, start, heads, layout.day_counts) == expected
    assert tl.overview(rows, band_rows, bucket_days, start, heads) == expected
    assert tl.overview(rows, band_rows, bucket_days, start) == expected


@settings(max_examples=200, deadline=None)
@given(
    which=st.integers(0, len(LAYOUTS) - 1),
    band_rows=st.integers(1, 150),
    bucket_days=st.integers(1, 40),
    block=st.integers(1, 40),
    blocks=st.integers(1, 6),
)
def test_bands_from_counts_in_any_blocks_are_the_row_by_row_bands(
    which: int, band_rows: int, bucket_days: int, block: int, blocks: int
) -> None:
    layout = LAYOUTS[which]
    groups = [h for h in layout.heads if layout.rows[h].kind == GROUP]
    counts = DayCounts(layout.rows, groups, block, blocks)
    expected = reference(layout.rows, band_rows, bucket_days, layout.start)
    found = tl.overview(layout.rows, band_rows, bucket_days, layout.start, layout.heads, counts)
    assert found == expected


ROW = st.builds(
    lambda kind, stage, start, length: Row(
        kind, "r", "", 1, stage, f"#0000{stage + 1:02d}", "planned", start, start + length,
        0.0, None, None, None,
    ),
    st.sampled_from(["stage", "use_case", "use_case", GROUP]),
    st.integers(-1, 3),
    st.integers(0, 200),
    st.integers(0, 90),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(ROW, max_size=80), band_rows=st.integers(1, 30), bucket=st.integers(1, 15))
def test_any_rows_band_as_row_by_row(rows: list[Row], band_rows: int, bucket: int) -> None:
    assert tl.overview(rows, band_rows, bucket, 0) == reference(rows, band_rows, bucket, 0)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(ROW, max_size=80),
    band_rows=st.integers(1, 30),
    bucket=st.integers(1, 15),
    block=st.integers(1, 9),
    blocks=st.integers(1, 4),
)
def test_any_rows_band_as_row_by_row_from_counts(
    rows: list[Row], band_rows: int, bucket: int, block: int, blocks: int
) -> None:
    groups = [i for i, r in enumerate(rows) if r.kind == GROUP]
    counts = DayCounts(rows, groups, block, blocks)
    found = tl.overview(rows, band_rows, bucket, 0, None, counts)
    assert found == reference(rows, band_rows, bucket, 0)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(ROW, max_size=90),
    block=st.integers(1, 12),
    blocks=st.integers(1, 5),
    bucket=st.integers(1, 9),
    data=st.data(),
)
def test_the_changes_of_any_run_of_rows_are_counted(
    rows: list[Row], block: int, blocks: int, bucket: int, data: st.DataObject
) -> None:
    first = data.draw(st.integers(0, len(rows)))
    stop = data.draw(st.integers(first, len(rows)))
    origin = data.draw(st.integers(-5, 5))
    groups = [i for i, r in enumerate(rows) if r.kind == GROUP]
    counts = DayCounts(rows, groups, block, blocks)
    found = list(counts.changes(first, stop, counts.buckets(origin, bucket)))
    assert [key for key, _ in found] == sorted(key for key, _ in found)
    total: Counter[int] = Counter()
    for key, change in found:
        total[key] += change
    expected: Counter[int] = Counter()
    for row in rows[first:stop]:
        if row.kind != GROUP:
            expected[(row.start - origin) // bucket] += 1
            expected[(row.end - origin) // bucket + 1] -= 1
    assert +total == +expected
    assert -total == -expected


def test_heads_survive_a_patch_and_new_gates() -> None:
    layout = LAYOUTS[1]
    assert layout.heads == tuple(i for i, r in enumerate(layout.rows) if r.kind != "use_case")
    assert layout.with_gates(()).heads == layout.heads
    roadmap = with_orphans(templates.sample(), 3)
    moved = roadmap.use_cases[1].model_copy(
        update={"planned_end": roadmap.use_cases[1].planned_end + dt.timedelta(days=7)}
    )
    edited = roadmap.model_copy(
        update={"use_cases": (roadmap.use_cases[0], moved, *roadmap.use_cases[2:])}
    )
    patched = tl.update(layout, roadmap, edited)
    assert patched is not None
    assert patched.heads == layout.heads


def test_the_day_counts_follow_the_rows() -> None:
    """Kept with new gate marks; counted again (once) for a patched layout's rows."""
    layout = LAYOUTS[1]
    assert layout.with_gates(()).day_counts is layout.day_counts
    roadmap = with_orphans(templates.sample(), 3)
    moved = roadmap.use_cases[1].model_copy(
        update={"planned_start": roadmap.use_cases[1].planned_start - dt.timedelta(days=400)}
    )
    edited = roadmap.model_copy(
        update={"use_cases": (roadmap.use_cases[0], moved, *roadmap.use_cases[2:])}
    )
    patched = tl.update(layout, roadmap, edited)
    assert patched is not None
    assert patched.day_counts is not layout.day_counts
    assert patched.day_counts is patched.day_counts
    day = moved.planned_start.toordinal()
    assert day in set(patched.day_counts.values) - set(layout.day_counts.values)
    for band_rows in (1, 3, 7, 50):
        assert tl.overview(
            patched.rows, band_rows, 5, patched.start, patched.heads, patched.day_counts
        ) == reference(patched.rows, band_rows, 5, patched.start)


def row_by_row_extent(roadmap: Roadmap, rows: Sequence[Row]) -> tuple[int, int]:
    """The days drawn, found by looking at every row (as the build did before)."""
    low, high = roadmap.horizon_start.toordinal(), roadmap.horizon_end.toordinal()
    for row in rows:
        low = min(low, row.start, row.base_start if row.base_start is not None else low)
        high = max(high, row.end, row.base_end if row.base_end is not None else high)
    for stage in roadmap.stages:
        if stage.gate_review is not None:
            low = min(low, stage.gate_review.toordinal())
            high = max(high, stage.gate_review.toordinal())
    first = dt.date.fromordinal(low).replace(day=1)
    last = dt.date.fromordinal(max(high, low + 6))
    following = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first.toordinal(), (following - dt.timedelta(days=1)).toordinal()


@settings(max_examples=40, deadline=None)
@given(shift=st.integers(-900, 900), which=st.integers(0, 30), baseline=st.booleans())
def test_the_days_drawn_are_found_from_the_counted_days(
    shift: int, which: int, baseline: bool
) -> None:
    """The build and a patch find the first and last day drawn from the rows' distinct
    days; one use case moved far before or after the others, with or without a baseline."""
    roadmap = with_orphans(templates.sample(), 3)
    at = which % len(roadmap.use_cases)
    uc = roadmap.use_cases[at]
    moved = uc.model_copy(
        update={
            "planned_start": uc.planned_start + dt.timedelta(days=shift),
            "planned_end": uc.planned_end + dt.timedelta(days=shift),
        }
    )
    edited = roadmap.model_copy(
        update={"use_cases": (*roadmap.use_cases[:at], moved, *roadmap.use_cases[at + 1 :])}
    )
    chosen = None if baseline else ""
    for layout in (
        tl.build(edited, AS_OF, baseline_id=chosen, readiness=()),
        tl.update(tl.build(roadmap, AS_OF, baseline_id=chosen, readiness=()), roadmap, edited),
    ):
        if layout is None:  # a move the patch leaves to the build
            continue
        assert (layout.baseline_id is not None) == baseline
        assert (layout.start, layout.end) == row_by_row_extent(edited, layout.rows)
