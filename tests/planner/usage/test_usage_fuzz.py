"""Fuzzing the usage readers: whatever the file, rows or a UsageImportError — nothing else.

Like the roadmap loader's fuzz tests (``test_storage_fuzz.py``): random bytes,
mutated real exports (CSV and XLSX) and random cells go through the readers
and the whole import. The contract: a clear :class:`UsageImportError`, or rows
whose cells are text or ``None`` (CSV) and an import whose roadmap still
satisfies every rule, with every stored date and value within the model's
bounds.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner import templates
from planner.edit import operations
from planner.model.types import FIRST_DAY, LAST_DAY, NUMBER_LIMIT
from planner.rules import invariants
from planner.usage.apply import ImportOptions, plan_import
from planner.usage.errors import CellError, UsageImportError
from planner.usage.readers import Limits, read_table
from planner.usage.values import parse_count, parse_date, parse_number

SAMPLES = Path(__file__).resolve().parents[1] / "usage_samples"
SEEDS = sorted(p.read_bytes() for p in SAMPLES.glob("*.csv"))
SMALL = Limits(max_rows=400, max_title_lines=10, max_columns=40)
FUZZ = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30
)


def _rows_or_refusal(path: Path, limits: Limits = SMALL) -> None:
    try:
        table = read_table(path, limits)
        count = 0
        for line, cells in table.rows:
            count += 1
            assert line >= 1
            assert len(cells) <= limits.max_columns
            for cell in cells:
                assert cell is None or isinstance(cell, str | int | float | bool | dt.date)
        assert count <= limits.max_rows + limits.max_title_lines
    except UsageImportError as exc:
        message = str(exc)
        assert message.strip()


@FUZZ
@given(st.binary(max_size=4096))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00")
@example(b"PK\x03\x04")
@example(b"week,metric,value\n" + b"2026-W10,x,1\n" * 500)
def test_random_bytes_as_a_csv(tmp_path_factory: object, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "usage.csv"  # type: ignore[attr-defined]
    path.write_bytes(data)
    _rows_or_refusal(path)


@FUZZ
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=8)), max_size=6),
)
def test_mutated_real_exports(tmp_path_factory: object, seed: bytes, edits: list) -> None:
    data = bytearray(seed)
    for at, chunk in edits:
        at %= max(len(data), 1)
        data[at : at + len(chunk)] = chunk
    path = tmp_path_factory.mktemp("fuzz") / "usage.csv"  # type: ignore[attr-defined]
    path.write_bytes(bytes(data))
    _rows_or_refusal(path)


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WORKBOOK = _workbook([["week", "metric", "value"], ["2026-W10", "metric-active-users", 55]])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.binary(min_size=1, max_size=4)),
                min_size=1, max_size=4))  # fmt: skip
def test_damaged_workbooks(tmp_path_factory: object, edits: list) -> None:
    data = bytearray(WORKBOOK)
    for at, chunk in edits:
        data[at : at + len(chunk)] = chunk
    path = tmp_path_factory.mktemp("fuzz") / "usage.xlsx"  # type: ignore[attr-defined]
    path.write_bytes(bytes(data))
    _rows_or_refusal(path)


CELLS = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.sampled_from(["0001-W01", "9999-W52", "2026-W53", "29/02/2025", "60000", "1e308", "-0,5"]),
)


@given(CELLS)
def test_a_date_cell_is_a_supported_date_or_refused(value: object) -> None:
    try:
        day = parse_date(value)  # type: ignore[arg-type]
    except CellError:
        return
    assert FIRST_DAY <= day <= LAST_DAY


@given(CELLS, st.sampled_from([".", ","]))
def test_a_number_cell_is_a_sane_number_or_refused(value: object, decimal: str) -> None:
    try:
        number = parse_number(value, decimal)  # type: ignore[arg-type]
    except CellError:
        return
    assert math.isfinite(number)
    assert abs(number) <= NUMBER_LIMIT
    try:
        count = parse_count(value, decimal)  # type: ignore[arg-type]
    except CellError:
        return
    assert count >= 0


ROADMAP = templates.sample()
METRICS = [m.id for m in ROADMAP.metrics] + ["Weekly active users", "nonsense"]
TEAMS = [t.id for t in ROADMAP.teams] + [t.name for t in ROADMAP.teams] + ["", "unknown"]
TIDY_ROWS = st.lists(
    st.tuples(
        st.one_of(CELLS, st.sampled_from(["2026-W10", "2026-03-02", "02/03/2026"])),
        st.sampled_from(METRICS),
        CELLS,
        st.sampled_from(TEAMS),
    ),
    min_size=1,
    max_size=30,
)


@FUZZ
@given(TIDY_ROWS, st.booleans())
def test_an_import_of_random_cells_keeps_the_roadmap_valid(
    tmp_path_factory: object, rows: list, as_workbook: bool
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")  # type: ignore[attr-defined]
    header = ["week", "metric", "value", "team"]
    if as_workbook:
        path = folder / "usage.xlsx"
        cells = [[c.isoformat() if isinstance(c, dt.time) else c for c in row] for row in rows]
        try:
            path.write_bytes(_workbook([header, *cells]))
        except Exception:  # a value openpyxl cannot store (a control character): not ours
            return
    else:
        path = folder / "usage.csv"
        text = "\n".join(",".join(_csv(c) for c in row) for row in [header, *rows])
        path.write_text(text, encoding="utf-8")
    options = ImportOptions(as_of=dt.date(2026, 12, 31), skip_bad_rows=True)
    try:
        result = plan_import(ROADMAP, path, options)
    except UsageImportError as exc:
        refusal = exc.lines
        assert refusal
        return
    changed, _ = operations.apply(ROADMAP, result.batch)
    assert invariants.check(changed) == []
    for measurement in changed.measurements:
        assert FIRST_DAY <= measurement.week <= LAST_DAY
        assert abs(measurement.value) <= NUMBER_LIMIT


def _csv(value: object) -> str:
    text = "" if value is None else str(value)
    return '"' + text.replace('"', '""') + '"'
