"""The adoption funnel of each population, counted by the columnar engine.

The person-weeks read by :mod:`planner.usage.columnar` (table ``pw``) are
split between the populations (:mod:`planner.usage.populations`) and counted
per week and group in SQL, with the definitions of :mod:`planner.usage.funnel`
(habit windows as ``RANGE`` frames over each person's weeks, the cohort
movement from the person's previous and next week); the figures, the privacy
rules and the report then come from the same Python code as for the row-by-row
path (:func:`planner.usage.aggregate.cohorts_of_weeks`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from planner.usage import aggregate, funnel
from planner.usage.aggregate import Cohorts, Eligible, TeamOf
from planner.usage.populations import Split, Tally

_COUNTS = ("members", "active", "habitual", "power", "novice", "low", "retained", "new",
           "reactivated")  # fmt: skip

_BIT = "((m >> ({at})::UBIGINT) & 1) = 1"
_FLAGS = f"""
SELECT *,
  r4 AND CASE WHEN r12 THEN bit_count((m >> greatest(wi - 11, 0)::UBIGINT) & 4095)
                              >= {funnel.HABIT_ACTIVE}
              ELSE bit_count((m >> greatest(wi - 3, 0)::UBIGINT) & 15) >= {funnel.EARLY_ACTIVE}
         END AS habitual,
  greatest(0, CASE WHEN r12 THEN s12 ELSE s4 END)
    / CASE WHEN r12 THEN {funnel.HABIT_WEEKS} ELSE least({funnel.EARLY_WEEKS}, wi + 1) END
    AS mean,
  wi >= 1 AND {_BIT.format(at="greatest(wi - 1, 0)")} AS before,
  wi >= 2 AND (m & ((1::UBIGINT << greatest(wi - 1, 0)::UBIGINT) - 1)) <> 0 AS earlier,
  {_BIT.format(at="wi + 1")} AS next_active,
  {_BIT.format(at="wi + 1").replace("m >>", "pm >>")} AS next_listed,
  {_BIT.format(at="wi + 1").replace("m >>", "lm >>")} AS next_labelled
FROM (
  SELECT *, wi + 1 >= {funnel.HABIT_WEEKS} AS r12, wi + 1 >= {funnel.EARLY_WEEKS} AS r4,
    bit_or(CASE WHEN a THEN 1::UBIGINT << wi::UBIGINT ELSE 0::UBIGINT END) OVER p AS m,
    bit_or(1::UBIGINT << wi::UBIGINT) OVER p AS pm,
    bit_or(CASE WHEN labelled THEN 1::UBIGINT << wi::UBIGINT ELSE 0::UBIGINT END) OVER p AS lm,
    sum(actions) OVER w12 AS s12, sum(actions) OVER w4 AS s4, lead(tix) OVER u AS ntix
  FROM (SELECT *, actions > 0 AS a FROM pp)
  WINDOW p AS (PARTITION BY p, uid), u AS (PARTITION BY p, uid ORDER BY wi),
    w12 AS (PARTITION BY p, uid ORDER BY wi
            RANGE BETWEEN {funnel.HABIT_WEEKS - 1} PRECEDING AND CURRENT ROW),
    w4 AS (PARTITION BY p, uid ORDER BY wi
           RANGE BETWEEN {funnel.EARLY_WEEKS - 1} PRECEDING AND CURRENT ROW))
"""
"""Each person-week's habit, averages and movement (planner.usage.funnel): the person's
active, listed and team-named weeks as bits, and rolling sums of actions."""

_GROUP = f"""
count(*) FILTER (WHERE enabled) AS members, count(*) FILTER (WHERE enabled AND a) AS active,
count(*) FILTER (WHERE enabled AND habitual) AS habitual,
count(*) FILTER (WHERE enabled AND habitual AND mean >= {funnel.POWER_ACTIONS}) AS power,
count(*) FILTER (WHERE enabled AND r4 AND a AND NOT habitual) AS novice,
count(*) FILTER (WHERE enabled AND r4 AND mean > 0 AND mean < {funnel.LOW_ACTIONS}) AS low,
count(*) FILTER (WHERE enabled AND moved AND a AND before) AS retained,
count(*) FILTER (WHERE enabled AND moved AND a AND NOT before AND NOT earlier) AS new,
count(*) FILTER (WHERE enabled AND moved AND a AND NOT before AND earlier) AS reactivated,
coalesce(sum(actions) FILTER (WHERE enabled AND a), 0) AS actions,
bool_or(r4) FILTER (WHERE enabled) AS habit, bool_or(moved) FILTER (WHERE enabled) AS movement,
min(frn) FILTER (WHERE enabled) AS first
"""


@dataclass(frozen=True)
class Counted:
    """One population's funnel input, as :func:`aggregate.weekly_cohorts` would derive it."""

    weeks: list[funnel.WeekGroups]
    only_active: bool
    unassigned: int


def split(
    con: Any,
    split: Split,
    team_of: TeamOf,
    labels: dict[int, str],
    first: dt.date | None,
    source: str = "pw",
) -> tuple[dict[int, str], dt.date] | None:
    """Place each person-week in the populations that take its team (view ``pp`` over table
    ``pw``) and count people and rows per population and team for the report. The team ids
    by number (``pp.tix``) and the file's first week; None: no person-week at all.

    ``source`` ``pg``: the people of planner.usage.columnar_people instead (no ``pp``)."""
    distinct = f"SELECT DISTINCT lid FROM {source} WHERE lid IS NOT NULL ORDER BY 1"
    used = [int(lid) for (lid,) in con.execute(distinct).fetchall()]
    rows: list[tuple[int, int | None, bool, bool]] = []
    takes: list[tuple[int, int]] = []
    teams: dict[str, int] = {}
    for lid in [-1, *used]:
        tid = team_of(labels[lid]) if lid >= 0 else None
        alien = lid >= 0 and tid is None
        taken = split.taken(tid, foreign=alien)
        tix = None if tid is None else teams.setdefault(tid, len(teams))
        rows.append((lid, tix, alien, bool(taken)))
        takes += [(lid, p) for p in taken]
    con.execute(
        "CREATE TEMP TABLE labels AS SELECT unnest($1::INTEGER[]) AS lid, "
        "unnest($2::INTEGER[]) AS tix, unnest($3::BOOLEAN[]) AS alien, "
        "unnest($4::BOOLEAN[]) AS taken",
        [[r[i] for r in rows] for i in range(4)],
    )
    team_ids = dict(enumerate(teams))
    con.execute(
        "CREATE TEMP TABLE takes AS SELECT unnest($1::INTEGER[]) AS lid, "
        "unnest($2::INTEGER[]) AS p",
        [[t[0] for t in takes], [t[1] for t in takes]],
    )
    if first is None or not con.execute(f"SELECT count(*) FROM {source}").fetchone()[0]:
        return None
    n = "1" if source == "pw" else "s.n"
    if source == "pw":
        con.execute(
            """CREATE TEMP VIEW pp AS
            SELECT t.p::INTEGER AS p, pw.uid, pw.wi, pw.actions, pw.enabled, l.tix,
                   pw.lid IS NOT NULL AS labelled, pw.frn
            FROM pw JOIN labels l ON l.lid = coalesce(pw.lid, -1)
            JOIN takes t ON t.lid = coalesce(pw.lid, -1)"""
        )
    placed = f"""(SELECT t.p::INTEGER AS p, s.uid, l.tix, {n} AS n, s.frn FROM {source} s
        JOIN labels l ON l.lid = coalesce(s.lid, -1) JOIN takes t ON t.lid = coalesce(s.lid, -1))"""
    for p, tix, people, count in con.execute(
        f"SELECT p, tix, count(DISTINCT uid), sum(n) FROM {placed} GROUP BY p, tix "
        "ORDER BY min(frn)"
    ).fetchall():
        tid = None if tix is None else team_ids[tix]
        split.cells[(int(p), tid)] = Tally(set(), int(count), counted=int(people))
    for p, people in con.execute(
        f"SELECT p, count(DISTINCT uid) FROM {placed} GROUP BY p"
    ).fetchall():
        split.population_people[int(p)] = int(people)
    for tally, where in ((split.outside, "alien OR tix IS NOT NULL"),
                         (split.no_team, "NOT alien AND tix IS NULL")):  # fmt: skip
        people, count = con.execute(
            f"""SELECT count(DISTINCT uid), coalesce(sum({n}), 0) FROM {source} s
            JOIN labels l ON l.lid = coalesce(s.lid, -1) WHERE ({where}) AND NOT taken"""
        ).fetchone()
        tally.counted, tally.rows = int(people), int(count)
    return team_ids, first


def counted(con: Any, populations: int, team_ids: dict[int, str], first: dt.date) -> list[Counted]:
    """Each population's weeks and groups (in the order the row-by-row path makes them),
    one population at a time (no per-row table is kept beyond ``pp``)."""
    con.execute(
        """CREATE TEMP TABLE present AS SELECT p, wi,
           wi - 1 IN (SELECT wi FROM (SELECT DISTINCT p, wi FROM pp) q WHERE q.p = x.p) AS moved,
           wi + 1 IN (SELECT wi FROM (SELECT DISTINCT p, wi FROM pp) q WHERE q.p = x.p) AS follows
        FROM (SELECT DISTINCT p, wi FROM pp) x"""
    )
    rows: list[tuple[Any, ...]] = []
    for p in range(populations):
        rows += _groups(con, p)
    facts = con.execute(
        """SELECT p, bool_and(actions > 0),
                  count(DISTINCT uid) FILTER (WHERE enabled AND tix IS NULL)
        FROM pp GROUP BY p"""
    ).fetchall()
    weeks = [
        (p, wi, first + dt.timedelta(weeks=wi))
        for p, wi in con.execute("SELECT p, wi FROM present ORDER BY p, wi").fetchall()
    ]
    con.execute("DROP TABLE present")
    return _assemble(populations, _named(rows, team_ids), facts, weeks)


def _groups(con: Any, p: int) -> list[tuple[Any, ...]]:
    return list(
        con.execute(
            f"""SELECT GROUPING(p, wi, tix, lwi, lkey) AS g, p, wi, tix, lwi, lkey,
                   {_GROUP}, count(*) FILTER (WHERE lapses) AS lapsed,
                   min(frn) FILTER (WHERE lapses) AS lapsed_first
        FROM (SELECT f.*, pr.moved,
                     CASE WHEN f.next_listed AND f.next_labelled THEN f.ntix ELSE f.tix END
                       AS lkey,
                     pr.follows AND f.a AND NOT f.next_active AS lapses,
                     f.wi + 1 AS lwi
              FROM ({_FLAGS.replace("FROM pp", f"FROM pp WHERE p = {int(p)}")}) f
              JOIN present pr ON pr.p = f.p AND pr.wi = f.wi)
        GROUP BY GROUPING SETS ((p, wi, tix), (p, wi), (p, lwi, lkey), (p, lwi))"""
        ).fetchall()
    )


_SET = {
    key: i
    for i, key in enumerate([(0, 0, 0, 1, 1), (0, 0, 1, 1, 1), (0, 1, 1, 0, 0), (0, 1, 1, 0, 1)])
}
"""GROUPING(p, wi, tid, lwi, lkey) bits → which set: team, total, lapsed team, lapsed total."""
_CODE = {sum(bit << (4 - i) for i, bit in enumerate(key)): index for key, index in _SET.items()}


def _named(rows: list[tuple[Any, ...]], team_ids: dict[int, str]) -> list[tuple[Any, ...]]:
    """The engine's rows with their team numbers (team and lapsed-from team) as team ids."""
    return [
        (g, p, wi, None if tix is None else team_ids[tix], lwi,
         None if lkey is None else team_ids[lkey], *values)
        for g, p, wi, tix, lwi, lkey, *values in rows
    ]  # fmt: skip


def _assemble(
    populations: int,
    rows: list[tuple[Any, ...]],
    facts: list[tuple[Any, ...]],
    weeks: list[tuple[Any, ...]],
) -> list[Counted]:
    made: dict[tuple[int, int], list[tuple[tuple[float, bool], str | None, funnel.Group]]]
    made = defaultdict(list)
    found: dict[tuple[int, int, str | None], funnel.Group] = {}
    out = [Counted([], False, 0) for _ in range(populations)]
    lapsed: list[tuple[int, int, str | None, bool, int, float]] = []
    for g, p, wi, tid, lwi, lkey, *values in rows:
        kind = _CODE[g]
        counts, (actions, habit, movement, first) = values[:9], values[9:13]
        gone, gone_first = values[13:]
        if kind in (0, 1) and counts[0]:  # a group with enabled people
            if kind == 0 and tid is None:
                continue
            group = funnel.Group()
            for name, count in zip(_COUNTS, counts, strict=True):
                setattr(group, name, int(count))
            group.actions, group.habit = float(actions), bool(habit)
            group.movement = bool(movement)
            key = tid if kind == 0 else None
            made[(p, wi)].append(((float(first), kind == 1), key, group))
            found[(p, wi, key)] = group
        elif kind in (2, 3) and gone:
            if kind == 2 and lkey is None:
                continue
            lapsed.append((p, lwi, lkey if kind == 2 else None, kind == 3, gone, gone_first))
    for p, only_active, unassigned in facts:
        out[p] = Counted([], bool(only_active), int(unassigned))
    for p, wi, key, total, count, first in lapsed:
        known = found.get((p, wi, key))
        if known is None:
            known = found[(p, wi, key)] = funnel.Group()
            made[(p, wi)].append(((1e18 + float(first), total), key, known))
        known.lapsed = int(count)
    for p, wi, week in weeks:
        ordered = sorted(made.get((p, wi), []), key=lambda item: item[0])
        out[p].weeks.append(funnel.WeekGroups(week, {key: group for _o, key, group in ordered}))
    return out


def cohorts(counts: Counted, min_group: int, denominator: str, eligible: Eligible) -> Cohorts:
    return aggregate.cohorts_of_weeks(
        counts.weeks, counts.only_active, counts.unassigned, min_group, denominator, eligible
    )
