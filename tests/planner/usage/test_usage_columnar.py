"""The columnar engine gives exactly what the row-by-row reader gives (planner.usage.columnar).

Generated person-week files — small teams, people with no team or an unknown one,
teams changing, daily rows adding up, duplicate person-dates, missing weeks, bad
cells, Sunday weeks, an enabled-days column, a team mapping — are imported both
ways; the report (counts, refused lines and reasons, populations, notes,
warnings, withheld figures) and every planned change must be equal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import templates
from planner.edit import operations
from planner.file import storage
from planner.model.entities import Roadmap
from planner.usage import ImportOptions, UsageImportError, columnar_people, plan_import
from planner.usage.columnar import available

pytestmark = pytest.mark.skipif(not available(), reason="the columnar engine is not installed")

AS_OF = dt.date(2026, 6, 30)
FIRST = dt.date(2026, 1, 5)
TEAMS = ["Customer service", "Underwriting", "HR", "Project office", "IT & data",
         "Claims handling", "Nowhere", "  HR  ", "Ressources humaines – Île", None]  # fmt: skip
ODD_ACTIONS = ["x", "-3", "1,5", "2.5", " 7 ", "", "1e3", "12 %"]
ODD_WEEKS = ["0001-W01", "2027-01-04", "not a date", "2026-W05", "", "05/01/2026"]
ROADMAP: Roadmap = templates.create(templates.SAMPLE, today=AS_OF)


@st.composite
def person_weeks(draw: st.DrawFn, clean: bool = False) -> tuple[list[list[str]], bool]:
    """``clean``: one row a person and week, nothing refused (counted per person)."""
    people = draw(st.integers(1, 14))
    weeks = draw(st.integers(1, 24 if clean else 16))
    sunday = draw(st.booleans())
    days_column = draw(st.booleans())
    rows: list[list[str]] = []
    home = [draw(st.sampled_from(TEAMS)) for _ in range(people)]
    for week in range(weeks):
        if draw(st.integers(0, 9)) == 0:
            continue  # a week missing from the file
        day = FIRST + dt.timedelta(weeks=week, days=-1 if sunday else 0)
        for person in range(people):
            if draw(st.integers(0, 5)) == 0:
                continue  # not listed that week
            team = home[person] if draw(st.integers(0, 7)) else draw(st.sampled_from(TEAMS))
            actions = str(draw(st.sampled_from([0, 0, 1, 3, 9, 15, 16, 30, 60])))
            if clean and draw(st.integers(0, 12)) == 0:
                actions = draw(st.sampled_from(["179", "180", "181", "250", "1000000", " 7 "]))
            if not clean and draw(st.integers(0, 40)) == 0:
                actions = draw(st.sampled_from(ODD_ACTIONS))
            when = day.isoformat()
            if not clean and draw(st.integers(0, 40)) == 0:
                when = draw(st.sampled_from(ODD_WEEKS))
            user = f"person{person}@contoso.com"
            if clean and draw(st.integers(0, 30)) == 0:
                user = draw(st.sampled_from([f"PERSON{person}@Contoso.com ", f"pérsön{person}"]))
            elif not clean and draw(st.integers(0, 30)) == 0:
                user = draw(st.sampled_from(["", "  ", f"PERSON{person}@Contoso.com ",
                                             f"pérsön{person}", "5F2C8A" + "0" * 26]))  # fmt: skip
            row = [user, when, actions, team or ""]
            if days_column:
                row.append(draw(st.sampled_from(["5", "0", "0", "", "3"] + ["x"] * (not clean))))
            rows.append(row)
            extra = draw(st.integers(0, 25)) if not clean else 2
            if extra == 0:  # the same person and date again
                rows.append(list(row))
            elif extra == 1:  # a second day of the same week: added up
                rows.append([user, (day + dt.timedelta(days=2)).isoformat(), "4", team or "",
                             *(["2"] if days_column else [])])  # fmt: skip
    order = draw(st.permutations(range(len(rows)))) if draw(st.booleans()) else range(len(rows))
    return [rows[i] for i in order], days_column


def _write(folder: Path, rows: list[list[str]], days_column: bool) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    header = ["PersonId", "MetricDate", "Total Copilot actions taken", "Organization"]
    writer.writerow(header + (["Total Copilot enabled days"] if days_column else []))
    writer.writerows(rows)
    path = folder / "weekly.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _both(path: Path, **options: object) -> tuple[object, object]:
    results = []
    for engine in ("rows", "columnar"):
        try:
            found = plan_import(ROADMAP, path, ImportOptions(as_of=AS_OF, engine=engine, **options))  # type: ignore[arg-type]
            # new metrics get random ids, which order the changes: compare them sorted
            results.append((found.report, sorted(found.changes, key=repr), len(found.batch.ops)))
        except UsageImportError as exc:
            results.append(("refused", tuple(exc.lines), exc.report))
    return results[0], results[1]


@pytest.mark.slow
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=person_weeks(), skip=st.booleans(), stage=st.sampled_from([None, "Writing assistance"]))
def test_both_ways_give_the_same_import(
    tmp_path: Path, data: tuple[list[list[str]], bool], skip: bool, stage: str | None
) -> None:
    rows, days_column = data
    path = _write(tmp_path, rows, days_column)
    rows_way, columnar_way = _both(path, skip_bad_rows=skip, stage=stage)
    assert columnar_way == rows_way


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=person_weeks(clean=True),
    stage=st.sampled_from([None, "Writing assistance"]),
    mapped=st.booleans(),
)
def test_a_clean_weekly_export_is_counted_per_person_with_the_same_figures(
    tmp_path: Path, data: tuple[list[list[str]], bool], stage: str | None, mapped: bool
) -> None:
    """One row a person and week, nothing refused: counted per person without keeping the
    rows (planner.usage.columnar_people), to the same report and figures."""
    rows, days_column = data
    path = _write(tmp_path, rows, days_column)
    options: dict[str, object] = {"stage": stage}
    if mapped:
        mapping = tmp_path / "teams.csv"
        mapping.write_text(
            "user,team\n" + "".join(f"person{i}@contoso.com,HR\n" for i in range(0, 14, 3)),
            encoding="utf-8",
        )
        options["teams"] = mapping
    with mock.patch.object(columnar_people, "counted", wraps=columnar_people.counted) as per_person:
        rows_way, columnar_way = _both(path, **options)
    assert columnar_way == rows_way
    assert per_person.called or rows_way[0] == "refused"


@pytest.mark.slow
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=person_weeks())
def test_both_ways_agree_with_a_team_mapping(
    tmp_path: Path, data: tuple[list[list[str]], bool]
) -> None:
    rows, days_column = data
    path = _write(tmp_path, rows, days_column)
    mapping = tmp_path / "teams.csv"
    mapping.write_text(
        "user,team\n" + "".join(f"person{i}@contoso.com,HR\n" for i in range(0, 14, 3)),
        encoding="utf-8",
    )
    rows_way, columnar_way = _both(path, skip_bad_rows=True, teams=mapping)
    assert columnar_way == rows_way


def test_a_file_the_engine_cannot_read_exactly_goes_row_by_row(tmp_path: Path) -> None:
    text = "PersonId,MetricDate,Total Copilot actions taken,Organization\n"
    text += "".join(f"p{i},2026-01-05,{i % 5},HR\n" for i in range(12))
    text += '\n"p99","2026-01-05","3","Under\nwriting"\n'  # a blank line, a quoted line break
    path = tmp_path / "odd.csv"
    path.write_text(text, encoding="utf-8")
    rows_way, columnar_way = _both(path, skip_bad_rows=True)
    assert columnar_way == rows_way


def _clean_export(folder: Path, people: int = 40, weeks: int = 20) -> Path:
    """One row a person and week, two teams, whole numbers of actions (counted per person)."""
    rows = [
        [f"zq{p}@tenant.example", (FIRST + dt.timedelta(weeks=w)).isoformat(),
         str((p * 7 + w * 3) % 40 if p % 5 else 0), TEAMS[p % 2] or ""]
        for w in range(weeks) for p in range(people) if (p + w) % 11
    ]  # fmt: skip
    return _write(folder, rows, days_column=False)


def test_a_per_person_import_stores_no_identifier_and_a_second_one_changes_nothing(
    tmp_path: Path,
) -> None:
    path = _clean_export(tmp_path)
    options = ImportOptions(as_of=AS_OF, engine="columnar")
    with mock.patch.object(columnar_people, "counted", wraps=columnar_people.counted) as per_person:
        first = plan_import(ROADMAP, path, options)
    assert per_person.called
    assert first.report.added
    once, _inverse = operations.apply(ROADMAP, first.batch)
    saved = storage.dumps(once).decode()
    assert "zq" not in saved
    assert "tenant.example" not in saved
    again = plan_import(once, path, options)
    assert again.batch.ops == ()
    assert not again.report.added
    assert not again.report.changed
    assert again.report.unchanged >= first.report.added
