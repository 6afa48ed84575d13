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
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.usage import columnar_people
from planner.usage.columnar_values import (
    GROUPING,
    MAX_DISTINCT,
    MAX_WEEKS,
    NONE,
    Decline,
    Values,
    grouping,
)
from planner.usage.context import ReadContext
from planner.usage.errors import ImportCancelled, UsageImportError
from planner.usage.raw import Limits, MiB, open_regular
from planner.usage.report import MAX_LISTED_REFUSALS, RefusedRow, RowLog

MEMORY_LIMIT = "640MB"
"""The engine's own memory (the Python side stays under 150 MB at 5 million rows)."""
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
"""(done, total) in bytes of the file, called from time to time while it is read
(from a helper thread: it must only store or print)."""
_POLL_SECONDS = 0.2


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
            "preserve_insertion_order": False,
            "enable_external_access": True,
            "autoload_known_extensions": False,
            "autoinstall_known_extensions": False,
        }
    )
    try:
        # query_progress() is tracked only with the progress bar on (never printed here)
        con.execute("SET enable_progress_bar = true; SET enable_progress_bar_print = false")
        # Every join here has the file's rows on the left and a small table on the right:
        # keep that order (the engine guesses a CSV holds a few dozen rows and would
        # otherwise build its hash table from the millions).
        con.execute("SET disabled_optimizers = 'join_order,build_side_probe_side'")
        yield con
    finally:
        con.close()


class Watch:
    """Reports the engine's progress through the import's phases, and stops the engine
    as soon as ``cancel`` is set (from another thread: the window's Cancel button)."""

    def __init__(
        self, con: Any, size: int, progress: Progress | None, cancel: threading.Event | None
    ) -> None:
        self.con, self.size, self.progress, self.cancel = con, size, progress, cancel
        self.span = (0.0, 0.0)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pilot-planner-import", daemon=True)

    def __enter__(self) -> Watch:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        try:
            self._thread.join()
        except KeyboardInterrupt:  # Ctrl-C while waiting: the helper must still end first
            self._thread.join()
            raise

    def phase(self, start: float, end: float) -> None:
        """The next steps take the import from ``start`` to ``end`` (shares of the work)."""
        self.check()
        self.span = (start, end)
        self.report(0.0)

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ImportCancelled

    def report(self, share: float) -> None:
        if self.progress is not None:
            start, end = self.span
            self.progress(int(self.size * (start + (end - start) * share)), self.size)

    def _run(self) -> None:
        while not self._done.wait(_POLL_SECONDS):
            if self.cancel is not None and self.cancel.is_set():
                self.con.interrupt()
            elif self.progress is not None:
                try:
                    done = float(self.con.query_progress())
                except Exception:  # no query running at this instant
                    continue
                self.report(max(0.0, min(done, 100.0)) / 100.0)


def scan_lines(path: Path, size: int, watch: Watch) -> int:
    """Physical lines of the file; declined on blank lines, lone CR or NUL bytes."""
    lines, tail = 0, b""
    done = returns = pairs = 0
    with open_regular(path) as handle:
        while chunk := handle.read(4 * MiB):
            watch.check()
            joined = tail + chunk
            if b"\n\n" in joined or b"\n\r\n" in joined or b"\x00" in chunk:
                raise Decline("blank lines or NUL bytes")
            returns += chunk.count(b"\r")
            pairs += joined.count(b"\r\n") - tail.count(b"\r\n")
            lines += chunk.count(b"\n")
            tail = chunk[-2:]
            done += len(chunk)
            watch.report(done / max(size, 1))
    if returns != pairs:
        raise Decline("lone carriage returns")
    if tail and not tail.endswith(b"\n"):
        lines += 1
    return lines


def _source(shape: Shape) -> str:
    # 4 MB buffers (the engine's default is 32 MB per buffer, several in flight with two
    # threads): the peak memory of a 5-million-row import drops by ~60 MB.
    names = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(shape.width))
    path = str(shape.path).replace("'", "''")
    delimiter = shape.delimiter.replace("'", "''")
    return (
        f"read_csv('{path}', header=false, skip={shape.header_line}, delim='{delimiter}', "
        f"quote='\"', escape='\"', columns={{{names}}}, auto_detect=false, "
        "null_padding=true, strict_mode=true, parallel=true, buffer_size=4194304)"
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
    return f"""(SELECT (row_number() OVER ())::INTEGER AS rn, {u} AS u,
        coalesce({w}, '{NONE}') AS w,
        {a} AS a, {d} AS d, {t} AS t, {blank} AS blank, greatest({widest}) AS width,
        CASE WHEN {a} IS NULL OR NOT regexp_full_match({a}, '{_PLAIN_NUMBER}')
             THEN coalesce({a}, '') END AS oa,
        CASE WHEN NOT regexp_full_match({d}, '{_PLAIN_NUMBER}') THEN {d} END AS od,
        CASE WHEN NOT regexp_full_match({u}, '{_PRINTABLE}') THEN {u} END AS ou
        FROM {_source(shape)})"""


def _col(shape: Shape, key: str) -> str:
    index = shape.columns.get(key)
    return "NULL::VARCHAR" if index is None else f"c{index}"


@dataclass
class Read:
    """What reading the file found beside the table ``pw`` of person-weeks."""

    notes: list[str]
    labels: dict[int, str]
    """Team label id (``pw.lid``) → the label as written (or the team id mapped)."""
    first: dt.date | None
    """The file's first week (``pw.wi`` counts weeks from it); None: no week read."""
    weeks: int | None = None
    """Counted per person (planner.usage.columnar_people: table ``pg``, no ``pw``): the
    weeks from the first to the last."""
    rows: str = ""
    """With ``weeks``: the rows to read again (columnar_people.joined)."""


def read(
    con: Any, shape: Shape, ctx: ReadContext, log: RowLog, limits: Limits, watch: Watch
) -> Read:
    """Fill table ``pw`` (uid, week, actions, enabled, lid, frn: its first row) as
    :func:`planner.usage.sources.read_weekly_actions` builds its rows; log refusals."""
    watch.phase(0.0, 0.08)
    lines = scan_lines(shape.path, watch.size, watch)
    watch.phase(0.08, 0.3)
    con.execute(
        f"""CREATE TEMP TABLE stats AS
        SELECT w, oa, od, t, ou, ak, ue, {GROUPING} AS g, min(rn) AS first,
               count(*) AS n, count(*) FILTER (WHERE blank) AS blanks, max(width) AS width
        FROM (SELECT *, CASE WHEN ou IS NULL THEN lower(trim(u)) END AS ak,
                     CASE WHEN blank THEN NULL WHEN ou IS NULL THEN coalesce(trim(u) = '', true)
                          ELSE regexp_full_match(u, '{_SPACE}') END AS ue
              FROM {_rows(shape)})
        GROUP BY GROUPING SETS ((), (w), (oa), (od), (t), (ou), (ak), (w, oa, od, ue))"""
    )
    total, blanks, widest = con.execute(
        f"SELECT n, blanks, width FROM stats WHERE g = {grouping()}"
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
    values = Values(con, ctx)
    values.load("enabled_days" in shape.columns)
    resolved = None
    used = columnar_people.eligible(con)
    if used is not None:  # no refusal: count per person, without keeping the rows
        watch.phase(0.3, 0.6)
        resolved = values.resolve_weeks(ctx, used)
        weeks, wrong = con.execute(
            "SELECT max(wi) + 1, count(*) FILTER (WHERE err IS NOT NULL) FROM days"
        ).fetchone()
        if not wrong and weeks and columnar_people.people(con, _rows(shape), ctx, int(weeks)):
            if ctx.tally is not None and ctx.teams_by_user:
                columnar_people.tally(con, ctx)
            rows = columnar_people.joined(_rows(shape))
            return Read(resolved[0], values.labels, resolved[1], int(weeks), rows)
    watch.phase(0.3, 0.55)
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
    watch.phase(0.55, 0.62)
    _log(log, shape, *_listed(con, "SELECT r.rn, e.message FROM r JOIN errors e ON e.id = r.e1"))
    if ctx.tally is not None and ctx.teams_by_user:
        _tally(con, ctx)
    notes, first = resolved or values.resolve_weeks(ctx)
    watch.phase(0.62, 0.75)
    shared = con.execute(
        """SELECT count(*) FROM (SELECT r.uid, d.wi FROM r JOIN days d ON d.id = r.wid
        WHERE r.e1 IS NULL AND d.err IS NULL GROUP BY ALL HAVING count(*) > 1)"""
    ).fetchone()[0]
    duplicates = ""
    if shared:
        # Some people have several rows in a week (daily rows): add them up, and look
        # for a second row of the same person and date among those people-weeks only.
        con.execute(f"CREATE TEMP TABLE pw AS {_PERSON_WEEKS}")
        duplicates = f"""UNION ALL SELECT rn, 'a second row for the same person and date '
            || '(first at line ' || (first + {shape.header_line}) || ')', true
            FROM (SELECT r.rn, min(r.rn) OVER (PARTITION BY r.uid, d.dx) AS first
                  FROM r JOIN days d ON d.id = r.wid
                  JOIN (SELECT uid, wi FROM pw WHERE n > 1) m ON m.uid = r.uid AND m.wi = d.wi
                  WHERE r.e1 IS NULL AND d.err IS NULL)
            WHERE rn <> first"""
    else:  # one row per person and week (a weekly export): the rows are the person-weeks
        con.execute(f"CREATE TEMP VIEW pw AS {_ONE_ROW_WEEKS}")
    con.execute(
        f"""CREATE TEMP TABLE bad AS
        SELECT r.rn, d.err AS message, false AS second FROM r JOIN days d ON d.id = r.wid
        WHERE r.e1 IS NULL AND d.err IS NOT NULL {duplicates}"""
    )
    _log(log, shape, *_listed(con, "SELECT rn, message FROM bad"))
    if duplicates and con.execute("SELECT count(*) FROM bad WHERE second").fetchone()[0]:
        kept = _PERSON_WEEKS.replace("WHERE", "WHERE r.rn NOT IN (SELECT rn FROM bad) AND")
        con.execute("DROP TABLE pw")
        con.execute(f"CREATE TEMP TABLE pw AS {kept}")
    watch.phase(0.75, 0.78)
    con.execute("DROP TABLE bad")
    if shared:
        con.execute("DROP TABLE r")
    return Read(notes, values.labels, first)


_ONE_ROW_WEEKS = """
SELECT r.uid, d.wi, r.actions, r.enabled, r.lid, r.rn AS frn
FROM r JOIN days d ON d.id = r.wid WHERE r.e1 IS NULL AND d.err IS NULL"""
"""The person-weeks of a file with one row per person and week (nothing to add up)."""

_PERSON_WEEKS = """
SELECT r.uid, d.wi, sum(r.actions) AS actions, bool_or(r.enabled) AS enabled,
       arg_max(r.lid, r.rn) FILTER (WHERE r.lid IS NOT NULL) AS lid, min(r.rn) AS frn,
       count(*) AS n
FROM r JOIN days d ON d.id = r.wid
WHERE r.e1 IS NULL AND d.err IS NULL
GROUP BY r.uid, d.wi"""
"""Each person's week: daily rows added up, the last team named, the first line."""


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


__all__ = [
    "MAX_DISTINCT",
    "MAX_WEEKS",
    "Decline",
    "Read",
    "Shape",
    "Watch",
    "available",
    "connect",
    "read",
]
