"""The export's shortcuts (remembered roundings, text lines and register words, the row
writer's loop) change no cell: the same roadmap written through the previous code paths
(previous_paths.py) and through today's gives the same parts, byte for byte once
decompressed — every cell's value and style, row heights, tables, charts."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from previous_paths import content_width, previous_paths
from previous_paths import latest_quotes as previous_latest_quotes
from test_workbook_support import AS_OF, small, template

from planner import templates
from planner.i18n import using
from planner.model.entities import Roadmap
from planner.numbers import round_half_up
from planner.workbook import export_workbook, summary
from planner.workbook.context import Context
from planner.workbook.sheet import rounded
from planner.workbook.style import BOLD, DATE, INT, MONEY, NUMBER, PERCENT, TEXT, Look
from planner.workbook.table import Styled, _content_width

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate


def _parts(roadmap: Roadmap, as_of: dt.date) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.xlsx"
        export_workbook(roadmap, path, as_of=as_of)
        with zipfile.ZipFile(path) as book:
            return {name: book.read(name) for name in book.namelist()}


def _same_both_ways(roadmap: Roadmap, as_of: dt.date) -> None:
    today = _parts(roadmap, as_of)
    with previous_paths():
        before = _parts(roadmap, as_of)
    assert list(today) == list(before)
    for name in today:
        assert today[name] == before[name], name


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_sample_and_test_roadmaps_come_out_the_same(language: str) -> None:
    with using(language):
        _same_both_ways(templates.sample(), dt.date(2026, 4, 1))
        _same_both_ways(small(), AS_OF)
        _same_both_ways(template(), AS_OF)


@pytest.mark.parametrize("room", [None, 3])
def test_a_generated_roadmap_comes_out_the_same(room: int | None) -> None:
    """Also with memories so small that they fill up and start again on every sheet."""
    with pytest.MonkeyPatch.context() as patch:
        if room is not None:
            patch.setattr("planner.workbook.sheet.REMEMBERED", room)
            patch.setattr("planner.workbook.table.REMEMBERED", room)
        _same_both_ways(generate(1500), dt.date(2026, 4, 1))


@pytest.mark.slow
def test_ten_thousand_use_cases_come_out_the_same() -> None:
    with using("fr"):
        _same_both_ways(generate(10_000), dt.date(2026, 4, 1))


@given(
    values=st.lists(
        st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from([0.0, -0.0, 0.05]),
        max_size=40,
    ),
    digits=st.integers(0, 3),
    room=st.integers(1, 5),
)
def test_remembered_roundings_are_the_rounding(values: list[float], digits: int, room: int) -> None:
    """The row writer's lookup, then :func:`rounded` on a miss, as the sheet does
    it (a small memory, so that it fills up and starts again)."""
    known: dict[float, float] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("planner.workbook.sheet.REMEMBERED", room)
        for value in values * 2:
            number = known.get(value)
            if number is None:
                number = rounded(value, digits, known)
            expected = round_half_up(value, digits)
            assert repr(number) == repr(expected)
            assert len(known) <= room


_LOOKS = st.sampled_from([TEXT, BOLD, DATE, MONEY, NUMBER, PERCENT, INT, Look(fmt="text")])
_VALUES = (
    st.text(alphabet=st.sampled_from("ab \n=é"), max_size=12)
    | st.none()
    | st.integers(-(10**7), 10**7)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.booleans()
    | st.dates()
    | st.datetimes()
)


@given(
    values=st.lists(_VALUES | st.builds(Styled, _VALUES, _LOOKS), max_size=30),
    look=_LOOKS,
    share=st.booleans(),
)
def test_column_widths_are_measured_as_before(values: list[object], look: Look,
                                              share: bool) -> None:  # fmt: skip
    """The width of a column's content (by kind at C speed, dates by their look, a Styled
    object met again measured once) is what the previous code measured value by value."""
    if share and values:  # the same objects again, as a status column repeats its words
        values = values + values[: len(values) // 2]
    assert _content_width(list(values), look) == content_width(list(values), look)


def test_latest_quotes_per_stage_are_found_as_before() -> None:
    """One pass over the feedback gives each stage what a scan per stage gave: feedback
    about the stage or about one of its use cases (here also about a use case of another
    stage, and without text, and after the as-of date), newest first."""
    roadmap = templates.sample()
    feedback = list(roadmap.feedback)
    first = feedback[0]
    as_of = max(f.date for f in feedback)
    other = next(u for u in roadmap.use_cases if u.stage_id != first.stage_id)
    feedback += [
        first.model_copy(update={"id": "fb-x1", "use_case_id": other.id}),
        first.model_copy(update={"id": "fb-x2", "text": ""}),
        first.model_copy(update={"id": "fb-x3", "date": as_of + dt.timedelta(days=1)}),
        first.model_copy(update={"id": "fb-x4", "stage_id": None, "use_case_id": other.id}),
    ]
    roadmap = roadmap.model_copy(update={"feedback": tuple(feedback)})
    ctx = Context(roadmap, as_of, None, None, None)  # type: ignore[arg-type]
    assert sum(len(summary.latest_quotes(ctx, s.id, 100)) for s in roadmap.stages) >= 9
    for stage in roadmap.stages:
        for limit in (1, 3, 100):
            assert summary.latest_quotes(ctx, stage.id, limit) == previous_latest_quotes(
                ctx, stage.id, limit
            )
