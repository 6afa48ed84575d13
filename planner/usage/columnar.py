"""Per-user weekly action counts at tenant scale, read by an embedded columnar engine.

A Viva-style person-week export of a whole tenant (5 million rows: 100,000
people over a year) is too big to hold as Python objects. Large CSV files of
the ``weekly-actions`` layout are therefore read by DuckDB, which streams the
file from disk in bounded memory (``MEMORY_LIMIT``, never spilling per-user
data to disk) and keeps each person-week as a few numbers in its own columns.
Python still reads every *distinct* value — each week, each irregular number,
each team — with the very functions of the row-by-row reader
(:mod:`planner.usage.sources`), so a value is accepted, refused or read
exactly as there; plain whole numbers and printable-ASCII person ids are read
in SQL the same way. Refused rows keep their line numbers and messages.

The engine is imported only here, lazily, when such a file is imported: the
app and every other command start without it. A file the engine cannot read
exactly like the row-by-row reader (another encoding than UTF-8, blank lines,
a quoted value spanning lines, rows wider than the header, a huge cell …) is
*declined* (:class:`Decline`) and goes the row-by-row way, with that way's
bounds. The figures (:mod:`planner.usage.columnar_funnel`) are the row-by-row
reader's to the last digit, which a property test checks on generated files.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.usage.context import CONCEALED, ReadContext, future_problem, user_key
from planner.usage.errors import CellError, UsageImportError
from planner.usage.raw import Limits, MiB, open_regular
from planner.usage.report import MAX_LISTED_REFUSALS, RefusedRow, RowLog
from planner.usage.values import Cell, DateCache, parse_count, parse_number

MEMORY_LIMIT = "640MB"
"""The engine's own memory (the Python side stays under 150 MB at 5 million rows)."""
MAX_DISTINCT = 200_000
"""Distinct irregular values read in Python (weeks, numbers, teams, odd person ids)."""
MAX_CELL_CHARS = 131_072
"""Python's csv module refuses longer fields: such a file goes the row-by-row way."""
_PLAIN_NUMBER = "[0-9]{1,12}"
_PRINTABLE = "[ -~]*"
_SPACE = (
    "[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
    "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}]*"
)
"""What Python's ``str.strip()`` removes (a cell of only these is empty)."""
_CONCEALED = "[0-9A-Fa-f]{32}"

Progress = Callable[[int, int], None]
"""(done, total) in bytes of the file, called from time to time while it is read."""


class Decline(Exception):
    """The file has something only the row-by-row reader reads exactly: use it."""


def available() -> bool:
    """The engine is installed and may map the memory it needs (not under a tight
    address-space limit, where its threads could not even start)."""
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft != resource.RLIM_INFINITY and soft < 4 * 1024 * MiB:
            return False
    except (ImportError, ValueError, OSError):
        pass
    try:
        import duckdb  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class Shape:
    """What the row-by-row reader learnt from the file's first lines."""

    path: Path
    delimiter: str
    header_line: int
    """Physical line of the header (data start on the next line)."""
    width: int
    columns: dict[str, int]


@contextmanager
def connect() -> Iterator[Any]:
    import duckdb

    con = duckdb.connect(
        config={
            "threads": max(1, min(2, os.cpu_count() or 1)),
            "memory_limit": MEMORY_LIMIT,
            "temp_directory": "",
            "preserve_insertion_order": True,
            "enable_external_access": True,
            "autoload_known_extensions": False,
            "autoinstall_known_extensions": False,
        }
    )
    try:
        yield con
    finally:
        con.close()


def scan_lines(path: Path, size: int, progress: Progress | None) -> int:
    """Physical lines of the file; declined on blank lines, lone CR or NUL bytes."""
    lines, tail = 0, b""
    done = returns = pairs = 0
    with open_regular(path) as handle:
        while chunk := handle.read(4 * MiB):
            joined = tail + chunk
            if b"\n\n" in joined or b"\n\r\n" in joined or b"\x00" in chunk:
                raise Decline("blank lines or NUL bytes")
            returns += chunk.count(b"\r")
            pairs += joined.count(b"\r\n") - tail.count(b"\r\n")
            lines += chunk.count(b"\n")
            tail = chunk[-2:]
            done += len(chunk)
            if progress is not None:
                progress(done // 10, size)
    if returns != pairs:
        raise Decline("lone carriage returns")
    if tail and not tail.endswith(b"\n"):
        lines += 1
    return lines


def _source(shape: Shape) -> str:
    names = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(shape.width))
    path = str(shape.path).replace("'", "''")
    delimiter = shape.delimiter.replace("'", "''")
    return (
        f"read_csv('{path}', header=false, skip={shape.header_line}, delim='{delimiter}', "
        f"quote='\"', escape='\"', columns={{{names}}}, auto_detect=false, "
        "null_padding=true, strict_mode=true, parallel=true)"
    )


def _rows(shape: Shape) -> str:
    """Every data row of the file with its number and the cells the import reads."""
    u, w, a, t = (_col(shape, k) for k in ("user", "week", "actions", "team"))
    d = _col(shape, "enabled_days")
    cells = [f"c{i}" for i in range(shape.width)]
    # A row is blank when every cell is empty once stripped as Python strips; most rows
    # start with a visible character in the person's cell, which settles it at once.
    full = " AND ".join(f"coalesce(regexp_full_match({c}, '{_SPACE}'), true)" for c in cells)
    blank = f"CASE WHEN ascii({u}) BETWEEN 33 AND 126 THEN false ELSE ({full}) END"
    widest = ", ".join(f"coalesce(strlen({c}), 0)" for c in cells)
    return f"""(SELECT row_number() OVER () AS rn, {u} AS u, coalesce({w}, '{_NONE}') AS w,
        {a} AS a, {d} AS d, {t} AS t, {blank} AS blank, greatest({widest}) AS width,
        CASE WHEN {a} IS NULL OR NOT regexp_full_match({a}, '{_PLAIN_NUMBER}')
             THEN coalesce({a}, '') END AS oa,
        CASE WHEN NOT regexp_full_match({d}, '{_PLAIN_NUMBER}') THEN {d} END AS od,
        CASE WHEN NOT regexp_full_match({u}, '{_PRINTABLE}') THEN {u} END AS ou
        FROM {_source(shape)})"""


_NONE = "\x00"
"""Stands for an empty week cell (NUL never occurs in a file read this way)."""


def _col(shape: Shape, key: str) -> str:
    index = shape.columns.get(key)
    return "NULL::VARCHAR" if index is None else f"c{index}"


_SETS = ("w", "oa", "od", "t", "ou", "ak")


def _grouping(column: str | None) -> int:
    """GROUPING(w, oa, od, t, ou, ak) of the grouping set of ``column`` (None: the total)."""
    every = (1 << len(_SETS)) - 1
    if column is None:
        return every
    return every & ~(1 << (len(_SETS) - 1 - _SETS.index(column)))


@dataclass
class Read:
    """What reading the file found beside the table ``pw`` of person-weeks."""

    notes: list[str]
    labels: dict[int, str]
    """Team label id (``pw.lid``) → the label as written (or the team id mapped)."""


def read(
    con: Any,
    shape: Shape,
    ctx: ReadContext,
    log: RowLog,
    limits: Limits,
    progress: Progress | None = None,
) -> Read:
    """Fill table ``pw`` (uid, week, actions, enabled, lid, frn: its first row) as
    :func:`planner.usage.sources.read_weekly_actions` builds its rows; log refusals."""
    size = shape.path.stat().st_size
    lines = scan_lines(shape.path, size, progress)
    con.execute(
        f"""CREATE TEMP TABLE stats AS
        SELECT w, oa, od, t, ou, ak, GROUPING(w, oa, od, t, ou, ak) AS g, min(rn) AS first,
               count(*) AS n, count(*) FILTER (WHERE blank) AS blanks, max(width) AS width
        FROM (SELECT *, CASE WHEN ou IS NULL THEN lower(trim(u)) END AS ak FROM {_rows(shape)})
        GROUP BY GROUPING SETS ((), (w), (oa), (od), (t), (ou), (ak))"""
    )
    _step(progress, size, 0.5)
    total, blanks, widest = con.execute(
        f"SELECT n, blanks, width FROM stats WHERE g = {_grouping(None)}"
    ).fetchone() or (0, 0, 0)  # fmt: skip
    if total != lines - shape.header_line:
        raise Decline("a quoted value spans lines")
    if (widest or 0) > MAX_CELL_CHARS:
        raise Decline("a huge cell")
    log.read = int(total - blanks)
    if log.read > limits.max_columnar_rows:
        raise UsageImportError(
            f"{shape.path.name} has more than {limits.max_columnar_rows:,} rows; split it or "
            "export a shorter period"
        )
    values = _Values(con, ctx)
    values.load("enabled_days" in shape.columns)
    conc = "false"
    if ctx.tally is not None and ctx.teams_by_user:  # only the mapping's report needs it
        conc = f"coalesce(uo.conc, regexp_full_match(trim(s.u), '{_CONCEALED}'))"
    con.execute(
        f"""CREATE TEMP TABLE r AS
        SELECT s.rn, k.uid, {conc} AS conc,
          CASE WHEN k.uid IS NULL THEN 0 WHEN s.oa IS NOT NULL AND va.err IS NOT NULL THEN va.err
               WHEN s.od IS NOT NULL AND vd.err IS NOT NULL THEN vd.err END AS e1,
          vw.id AS wid, coalesce(va.value, TRY_CAST(s.a AS DOUBLE)) AS actions,
          CASE WHEN s.d IS NULL OR coalesce(vd.blank, false) THEN true
               ELSE coalesce(vd.value, TRY_CAST(s.d AS DOUBLE)) > 0
                    OR coalesce(va.value, TRY_CAST(s.a AS DOUBLE)) > 0 END AS enabled,
          coalesce(m.lid, vt.lid) AS lid
        FROM {_rows(shape)} s
        LEFT JOIN users_odd uo ON s.ou = uo.raw
        LEFT JOIN users k ON k.ukey = CASE WHEN s.ou IS NULL THEN lower(trim(s.u)) ELSE uo.ukey END
        LEFT JOIN vals_w vw ON s.w = vw.raw
        LEFT JOIN vals_a va ON s.oa = va.raw
        LEFT JOIN vals_d vd ON s.od = vd.raw
        LEFT JOIN vals_t vt ON s.t = vt.raw
        LEFT JOIN mapped m ON m.uid = k.uid
        WHERE NOT s.blank"""
    )
    _step(progress, size, 0.8)
    _log(log, shape, *_listed(con, "SELECT r.rn, e.message FROM r JOIN errors e ON e.id = r.e1"))
    if ctx.tally is not None and ctx.teams_by_user:
        _tally(con, ctx)
    notes = values.resolve_weeks(ctx)
    con.execute(
        f"""CREATE TEMP TABLE bad AS
        SELECT rn, coalesce(err, 'a second row for the same person and date (first at line '
                                 || (first + {shape.header_line}) || ')') AS message
        FROM (SELECT r.rn, d.err, min(r.rn) OVER (PARTITION BY r.uid, d.day) AS first
              FROM r JOIN days d ON d.id = r.wid WHERE r.e1 IS NULL)
        WHERE err IS NOT NULL OR rn <> first"""
    )
    _log(log, shape, *_listed(con, "SELECT rn, message FROM bad"))
    con.execute(
        f"""CREATE TEMP TABLE pw AS
        SELECT uid, date_trunc('week', d.day + INTERVAL {values.shift} DAY)::DATE AS week,
               sum(actions) AS actions, bool_or(enabled) AS enabled,
               arg_max(lid, rn) FILTER (WHERE lid IS NOT NULL) AS lid, min(rn) AS frn
        FROM r JOIN days d ON d.id = r.wid
        WHERE r.e1 IS NULL AND d.err IS NULL AND r.rn NOT IN (SELECT rn FROM bad)
        GROUP BY ALL"""
    )
    con.execute("DROP TABLE r; DROP TABLE bad")
    _step(progress, size, 1.0)
    return Read(notes, values.labels)


def _step(progress: Progress | None, size: int, share: float) -> None:
    if progress is not None:
        progress(int(size * share), size)


def _listed(con: Any, query: str) -> tuple[int, list[tuple[int, str]]]:
    count = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
    listed = con.execute(f"{query} ORDER BY 1 LIMIT {MAX_LISTED_REFUSALS}").fetchall()
    return int(count), [(int(rn), str(text)) for rn, text in listed]


def _log(log: RowLog, shape: Shape, count: int, listed: list[tuple[int, str]]) -> None:
    """Refusals as the row-by-row reader logs them (the first ones listed, all counted)."""
    for rn, text in listed:
        if len(log.refused) < MAX_LISTED_REFUSALS:
            line = shape.header_line + rn
            log.refused.append(RefusedRow(line, text, log.unit))
            log.refused_lines.add(line)
    log.refused_count += count


def _tally(con: Any, ctx: ReadContext) -> None:
    """How many people the team mapping found (planner.usage.tally), without their names."""
    assert ctx.tally is not None
    total, matched, concealed = con.execute(
        """SELECT count(*), count(*) FILTER (WHERE mapped), count(*) FILTER (WHERE conc)
        FROM (SELECT uid, arg_min(r.conc, rn) AS conc, bool_or(m.uid IS NOT NULL) AS mapped
              FROM r LEFT JOIN mapped m USING (uid) WHERE e1 IS NULL GROUP BY uid)"""
    ).fetchone()
    ctx.tally.users.clear()
    ctx.tally.kept = (int(matched), int(total))
    ctx.tally.concealed = int(concealed)


class _Values:
    """The distinct values of the file, read in Python as the row-by-row reader reads them."""

    def __init__(self, con: Any, ctx: ReadContext) -> None:
        self.con = con
        self.ctx = ctx
        self.errors: dict[str, int] = {f"{ctx.label('user')}: is empty": 0}
        self.weeks: list[str] = []
        self.dates = DateCache(ctx.label("week"), ctx.date_order)
        self.labels: dict[int, str] = {}
        self.shift = 0

    def _distinct(self, column: str) -> list[str]:
        found = self.con.execute(
            f"SELECT {column} FROM stats WHERE g = {_grouping(column)} AND {column} IS NOT NULL "
            f"ORDER BY first LIMIT {MAX_DISTINCT + 1}"
        ).fetchall()
        if len(found) > MAX_DISTINCT:
            raise Decline(f"too many distinct values in {column}")
        return [str(value) for (value,) in found]

    def _error(self, message: str) -> int:
        return self.errors.setdefault(message, len(self.errors))

    def _table(
        self, name: str, columns: list[tuple[str, str]], rows: list[tuple[Any, ...]]
    ) -> None:
        lists = [[row[i] for row in rows] for i in range(len(columns))]
        unnests = ", ".join(f"unnest(${i + 1}::{kind}[]) AS {column}"
                            for i, (column, kind) in enumerate(columns))  # fmt: skip
        self.con.execute(f"CREATE TEMP TABLE {name} AS SELECT {unnests}", lists)

    def load(self, has_days: bool) -> None:
        ctx = self.ctx
        actions: list[tuple[str, float | None, int | None]] = []
        for raw in self._distinct("oa"):
            try:
                actions.append((raw, _non_negative(raw.strip() or None, ctx.decimal), None))
            except CellError as exc:
                actions.append((raw, None, self._error(f"{ctx.label('actions')}: {exc}")))
        self._table("vals_a", [("raw", "VARCHAR"), ("value", "DOUBLE"), ("err", "INTEGER")],
                    actions)  # fmt: skip
        days: list[tuple[str, float | None, int | None, bool]] = []
        for raw in self._distinct("od") if has_days else []:
            cell = raw.strip() or None
            try:
                value = None if cell is None else float(parse_count(cell, ctx.decimal))
                days.append((raw, value, None, cell is None))
            except CellError as exc:
                days.append((raw, None, self._error(f"{ctx.label('enabled_days')}: {exc}"), False))
        self._table("vals_d", [("raw", "VARCHAR"), ("value", "DOUBLE"), ("err", "INTEGER"),
                               ("blank", "BOOLEAN")], days)  # fmt: skip
        self._users()
        self._teams()
        self.weeks = self._distinct("w")
        for raw in self.weeks:
            self.dates.observe(None if raw == _NONE else raw.strip() or None)
        ids = [(i, raw) for i, raw in enumerate(self.weeks)]
        self._table("vals_w", [("id", "INTEGER"), ("raw", "VARCHAR")], ids)
        self._table("errors", [("id", "INTEGER"), ("message", "VARCHAR")],
                    [(i, m) for m, i in self.errors.items()])  # fmt: skip

    def _users(self) -> None:
        odd: list[tuple[str, str | None, bool]] = []
        for raw in self._distinct("ou"):
            text = raw.strip()
            odd.append((raw, user_key(text) if text else None, bool(CONCEALED.match(text))))
        self._table("users_odd", [("raw", "VARCHAR"), ("ukey", "VARCHAR"), ("conc", "BOOLEAN")],
                    odd)  # fmt: skip
        self.con.execute(
            f"""CREATE TEMP TABLE users AS
            SELECT row_number() OVER ()::INTEGER AS uid, ukey FROM (
                SELECT ak AS ukey FROM stats WHERE g = {_grouping("ak")} AND ak IS NOT NULL
                UNION SELECT ukey FROM users_odd WHERE ukey IS NOT NULL)
            WHERE ukey <> ''"""
        )

    def _teams(self) -> None:
        labels: dict[str, int] = {}
        cells: list[tuple[str, int | None]] = []
        for raw in self._distinct("t"):
            text = raw.strip()
            cells.append((raw, labels.setdefault(text, len(labels)) if text else None))
        mapped = [(key, labels.setdefault(team, len(labels)))
                  for key, team in self.ctx.teams_by_user.items()]  # fmt: skip
        self._table("vals_t", [("raw", "VARCHAR"), ("lid", "INTEGER")], cells)
        self._table("mapping", [("ukey", "VARCHAR"), ("lid", "INTEGER")], mapped)
        self.con.execute(
            "CREATE TEMP TABLE mapped AS "
            "SELECT k.uid, m.lid FROM mapping m JOIN users k USING (ukey)"
        )
        self.labels = {i: text for text, i in labels.items()}

    def resolve_weeks(self, ctx: ReadContext) -> list[str]:
        """Each distinct week of the rows that passed the first checks: a day or a refusal
        (table ``days``); the note on Sunday or mid-week dates."""
        used = {int(wid) for (wid,) in self.con.execute(
            "SELECT DISTINCT wid FROM r WHERE e1 IS NULL").fetchall()}  # fmt: skip
        resolved: list[tuple[int, dt.date | None, str | None]] = []
        for wid in sorted(used):
            raw = self.weeks[wid]
            cell = None if raw == _NONE else raw.strip() or None
            try:
                day = self.dates.parse(cell)
                problem = future_problem(day, ctx, "week")
                resolved.append((wid, None if problem else day, problem))
            except CellError as exc:
                resolved.append((wid, None, str(exc)))
        self._table("days", [("id", "INTEGER"), ("day", "DATE"), ("err", "VARCHAR")], resolved)
        days = {day for _wid, day, _err in resolved if day is not None}
        notes: list[str] = []
        if days and all(day.weekday() == 6 for day in days):
            self.shift = 1
            notes.append(
                "weeks in the file start on Sundays (Viva Insights): each is counted "
                "in the ISO week starting the next day"
            )
        elif any(day.weekday() != 0 for day in days):
            notes.append(
                "dates that are not Mondays were counted in their ISO week (Monday–Sunday)"
            )
        return notes


def _non_negative(value: Cell, decimal: str) -> float:
    number = parse_number(value, decimal)
    if number < 0:
        raise CellError(f"{number:g} is negative; a count of actions cannot be")
    return number
