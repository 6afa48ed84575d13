"""The distinct values of a file read by the columnar engine, read in Python.

Each distinct week, irregular number, team and odd person id of the file
(:mod:`planner.usage.columnar`) goes through the row-by-row reader's own
functions, so a value is accepted, refused and worded exactly as there; the
results go back to the engine as small tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.usage.context import CONCEALED, ReadContext, future_problem, user_key
from planner.usage.errors import CellError
from planner.usage.values import Cell, DateCache, monday, parse_count, parse_number

MAX_DISTINCT = 200_000
"""Distinct irregular values read in Python (weeks, numbers, teams, odd person ids)."""
MAX_WEEKS = 63
"""Weeks a file may span for the engine: each person's weeks are the bits of one integer
(planner.usage.columnar_funnel); a longer file goes row by row."""


class Decline(Exception):
    """The file has something only the row-by-row reader reads exactly: use it."""


NONE = "\x00"
"""Stands for an empty week cell (NUL never occurs in a file read this way)."""


_SETS = ("w", "oa", "od", "t", "ou", "ak", "ue")
GROUPING = f"GROUPING({', '.join(_SETS)})"


def grouping(*columns: str) -> int:
    """GROUPING(w, oa, od, t, ou, ak, ue) of the grouping set of ``columns`` (none: the total)."""
    every = (1 << len(_SETS)) - 1
    for column in columns:
        every &= ~(1 << (len(_SETS) - 1 - _SETS.index(column)))
    return every


class Values:
    """The distinct values of the file, read in Python as the row-by-row reader reads them."""

    def __init__(self, con: Any, ctx: ReadContext) -> None:
        self.con = con
        self.ctx = ctx
        self.errors: dict[str, int] = {f"{ctx.label('user')}: is empty": 0}
        self.weeks: list[str] = []
        self.dates = DateCache(ctx.label("week"), ctx.date_order)
        self.labels: dict[int, str] = {}

    def _distinct(self, column: str) -> list[str]:
        found = self.con.execute(
            f"SELECT {column} FROM stats WHERE g = {grouping(column)} AND {column} IS NOT NULL "
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
            self.dates.observe(None if raw == NONE else raw.strip() or None)
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
                SELECT ak AS ukey FROM stats WHERE g = {grouping("ak")} AND ak IS NOT NULL
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

    def resolve_weeks(
        self, ctx: ReadContext, used: set[int] | None = None
    ) -> tuple[list[str], dt.date | None]:
        """Each distinct week of the rows that passed the first checks (``used``: their ids,
        else those of table ``r``): a day and its week number, or a refusal (table
        ``days``); the note on Sunday or mid-week dates."""
        if used is None:
            used = {int(wid) for (wid,) in self.con.execute(
                "SELECT DISTINCT wid FROM r WHERE e1 IS NULL").fetchall()}  # fmt: skip
        resolved: list[tuple[int, dt.date | None, str | None]] = []
        for wid in sorted(used):
            raw = self.weeks[wid]
            cell = None if raw == NONE else raw.strip() or None
            try:
                day = self.dates.parse(cell)
                problem = future_problem(day, ctx, "week")
                resolved.append((wid, None if problem else day, problem))
            except CellError as exc:
                resolved.append((wid, None, str(exc)))
        days = {day for _wid, day, _err in resolved if day is not None}
        notes: list[str] = []
        shift = dt.timedelta(0)
        if days and all(day.weekday() == 6 for day in days):
            shift = dt.timedelta(days=1)
            notes.append(
                "weeks in the file start on Sundays (Viva Insights): each is counted "
                "in the ISO week starting the next day"
            )
        elif any(day.weekday() != 0 for day in days):
            notes.append(
                "dates that are not Mondays were counted in their ISO week (Monday–Sunday)"
            )
        first = min((monday(day + shift) for day in days), default=None)
        rows = [
            (wid, None if day is None else day.toordinal(), err,
             None if day is None or first is None else (monday(day + shift) - first).days // 7)
            for wid, day, err in resolved
        ]  # fmt: skip
        if any(row[3] is not None and row[3] >= MAX_WEEKS for row in rows):
            raise Decline(f"more than {MAX_WEEKS} weeks")
        self._table("days", [("id", "INTEGER"), ("dx", "INTEGER"), ("err", "VARCHAR"),
                             ("wi", "INTEGER")], rows)  # fmt: skip
        return notes, first


def _non_negative(value: Cell, decimal: str) -> float:
    number = parse_number(value, decimal)
    if number < 0:
        raise CellError(f"{number:g} is negative; a count of actions cannot be")
    return number
