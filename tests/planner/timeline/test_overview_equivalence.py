"""The zoomed-out bands are the same whichever way they are counted.

Issue 17 made the first zoomed-out frame of a 100,000-row timeline cheaper: the
bands count each band's days with ``Counter`` and take the stage counts and
group rows from the layout's heads instead of looking at every row. The
reference below is the row-by-row grouping it replaced: every band, run and
colour must be equal, for any band size and bucket.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from planner import templates
from planner import timeline as tl
from planner.model.entities import Roadmap
from planner.timeline import Band, Row
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
    assert tl.overview(layout.rows, band_rows, bucket_days, layout.start, layout.heads) == expected
    assert tl.overview(layout.rows, band_rows, bucket_days, layout.start) == expected


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
