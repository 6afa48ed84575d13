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
from previous_paths import previous_paths
from test_workbook_support import AS_OF, small, template

from planner import templates
from planner.i18n import using
from planner.model.entities import Roadmap
from planner.numbers import round_half_up
from planner.workbook import export_workbook
from planner.workbook.sheet import rounded

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
