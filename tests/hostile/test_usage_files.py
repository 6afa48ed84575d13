"""Hostile usage files: refused with a message, in bounded memory and time, never blocking.

Each runs the real command in a child limited to 500 MB and 10 s of CPU
(:mod:`hostile.child`); the inputs are generated in ``tmp_path``.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from hostile import corpus
from hostile.child import command, run_limited


@pytest.fixture
def roadmap(tmp_path: Path) -> Path:
    path = tmp_path / "plan.pilotplan"
    ended = run_limited(command("new", str(path), "--template", "sample"))
    assert ended.code == 0, ended.stderr
    return path


def _import(roadmap: Path, data: Path, *more: str) -> list[str]:
    return command("import-usage", str(roadmap), str(data), "--as-of", "2026-12-31", *more)


def test_a_pipe_as_the_usage_file_is_refused_without_blocking(
    tmp_path: Path, roadmap: Path
) -> None:
    ended = run_limited(_import(roadmap, corpus.fifo(tmp_path)), wall=30)
    assert not ended.timed_out  # before: blocked forever
    assert ended.clean_refusal(), ended.stderr
    assert "not a regular file" in ended.stderr


def test_a_pipe_as_the_teams_file_is_refused_without_blocking(
    tmp_path: Path, roadmap: Path
) -> None:
    data = corpus.weekly_actions_csv(tmp_path, 40, people=10)
    teams = corpus.fifo(tmp_path, "teams.csv")
    ended = run_limited(_import(roadmap, data, "--teams", str(teams)), wall=30)
    assert not ended.timed_out
    assert ended.clean_refusal(), ended.stderr
    assert "not a regular file" in ended.stderr


@pytest.mark.slow
def test_an_ancient_iso_week_among_400000_rows_is_one_refused_row(
    tmp_path: Path, roadmap: Path
) -> None:
    # Before: 105,659 empty weeks from year 1, 1.6 GB (5.8 GB in the report), 15 s.
    data = corpus.weekly_actions_csv(tmp_path, 400_000, bad_week="0001-W01")
    ended = run_limited(_import(roadmap, data, "--dry-run"))
    assert ended.clean_refusal(), ended.stderr[-2000:]
    assert "line 2: MetricDate: '0001-W01' is outside the dates the app supports" in ended.stderr


@pytest.mark.slow
def test_exactly_two_million_data_rows_are_read(tmp_path: Path) -> None:
    data = corpus.weekly_actions_csv(tmp_path, 2_000_000)
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from planner.usage.readers import read_table
        print(sum(1 for _ in read_table(Path({str(data)!r})).rows))
        """
    )
    ended = run_limited(["-c", script])
    assert ended.code == 0, ended.stderr[-2000:]
    assert ended.stdout.split() == ["2000001"]  # the header and every data row, streamed


def test_a_table_of_texts_too_large_when_expanded_is_refused_unopened(
    tmp_path: Path, roadmap: Path
) -> None:
    # Before: a 600 MiB part (ratio 24) took 345 s and 5.5 GB, then was accepted.
    ended = run_limited(_import(roadmap, corpus.xlsx_big_shared_strings(tmp_path)))
    assert ended.clean_refusal(), ended.stderr
    assert "its table of texts would expand to 40 MiB (at most 32 MiB)" in ended.stderr


def test_a_row_too_large_to_build_is_refused_unopened(tmp_path: Path, roadmap: Path) -> None:
    # Before: one 601 MiB <row> ended in a MemoryError after 175 s.
    ended = run_limited(_import(roadmap, corpus.xlsx_big_row(tmp_path)))
    assert ended.clean_refusal(), ended.stderr
    assert "one of its rows is 2.0 MiB of data (at most 1 MiB)" in ended.stderr


@pytest.mark.parametrize("day", [dt.date(1900, 1, 1), dt.date(2100, 1, 4)])
def test_an_excel_date_cell_outside_the_supported_years_is_a_refused_row(
    tmp_path: Path, roadmap: Path, day: dt.date
) -> None:
    ended = run_limited(_import(roadmap, corpus.xlsx_excel_dates(tmp_path, day)))
    assert ended.clean_refusal(), ended.stderr
    assert "row 2: week:" in ended.stderr
    assert "is outside the dates the app supports (1990-01-01 to 2099-12-31)" in ended.stderr
