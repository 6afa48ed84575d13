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

_FLAGS = f"""
SELECT *,
  r4 AND CASE WHEN r12 THEN c12 >= {funnel.HABIT_ACTIVE} ELSE c4 >= {funnel.EARLY_ACTIVE} END
    AS habitual,
  greatest(0, CASE WHEN r12 THEN s12 ELSE s4 END)
    / CASE WHEN r12 THEN {funnel.HABIT_WEEKS} ELSE least({funnel.EARLY_WEEKS}, wi + 1) END
    AS mean,
  coalesce(pwi = wi - 1 AND pa, false) AS before,
  coalesce(done - CASE WHEN coalesce(pwi = wi - 1 AND pa, false) THEN 1 ELSE 0 END, 0) > 0
    AS earlier
FROM (
  SELECT *, wi + 1 >= {funnel.HABIT_WEEKS} AS r12, wi + 1 >= {funnel.EARLY_WEEKS} AS r4,
    sum(a::INTEGER) OVER w12 AS c12, sum(a::INTEGER) OVER w4 AS c4,
    sum(actions) OVER w12 AS s12, sum(actions) OVER w4 AS s4,
    lag(wi) OVER u AS pwi, lag(a) OVER u AS pa,
    sum(a::INTEGER) OVER (u ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS done,
    lead(wi) OVER u AS nwi, lead(a) OVER u AS na, lead(tid) OVER u AS ntid,
    lead(labelled) OVER u AS nlab
  FROM (SELECT *, actions > 0 AS a FROM pp)
  WINDOW u AS (PARTITION BY p, uid ORDER BY wi),
    w12 AS (PARTITION BY p, uid ORDER BY wi
            RANGE BETWEEN {funnel.HABIT_WEEKS - 1} PRECEDING AND CURRENT ROW),
    w4 AS (PARTITION BY p, uid ORDER BY wi
           RANGE BETWEEN {funnel.EARLY_WEEKS - 1} PRECEDING AND CURRENT ROW))
"""

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


def split(con: Any, split: Split, team_of: TeamOf, labels: dict[int, str]) -> dt.date | None:
    """Place each person-week in the populations that take its team (table ``pp``) and count
    people and rows per population and team for the report. The file's first week."""
    used = [int(lid) for (lid,) in con.execute(
        "SELECT DISTINCT lid FROM pw WHERE lid IS NOT NULL ORDER BY 1").fetchall()]  # fmt: skip
    rows: list[tuple[int, str | None, bool, bool]] = []
    takes: list[tuple[int, int]] = []
    for lid in [-1, *used]:
        tid = team_of(labels[lid]) if lid >= 0 else None
        alien = lid >= 0 and tid is None
        taken = split.taken(tid, foreign=alien)
        rows.append((lid, tid, alien, bool(taken)))
        takes += [(lid, p) for p in taken]
    con.execute(
        "CREATE TEMP TABLE labels AS SELECT unnest($1::INTEGER[]) AS lid, "
        "unnest($2::VARCHAR[]) AS tid, unnest($3::BOOLEAN[]) AS alien, "
        "unnest($4::BOOLEAN[]) AS taken",
        [[r[i] for r in rows] for i in range(4)],
    )
    con.execute(
        "CREATE TEMP TABLE takes AS SELECT unnest($1::INTEGER[]) AS lid, "
        "unnest($2::INTEGER[]) AS p",
        [[t[0] for t in takes], [t[1] for t in takes]],
    )
    first = con.execute("SELECT min(week) FROM pw").fetchone()[0]
    if first is None:
        return None
    con.execute(
        """CREATE TEMP TABLE pp AS
        SELECT t.p, pw.uid, (datediff('day', $1::DATE, pw.week) // 7)::INTEGER AS wi, pw.week,
               pw.actions, pw.enabled, l.tid, pw.lid IS NOT NULL AS labelled, pw.frn
        FROM pw JOIN labels l ON l.lid = coalesce(pw.lid, -1)
        JOIN takes t ON t.lid = coalesce(pw.lid, -1)""",
        [first],
    )
    for p, tid, people, count in con.execute(
        "SELECT p, tid, count(DISTINCT uid), count(*) FROM pp GROUP BY p, tid ORDER BY min(frn)"
    ).fetchall():
        split.cells[(int(p), tid)] = Tally(set(), int(count), counted=int(people))
    for p, people in con.execute("SELECT p, count(DISTINCT uid) FROM pp GROUP BY p").fetchall():
        split.population_people[int(p)] = int(people)
    for tally, where in ((split.outside, "alien OR tid IS NOT NULL"),
                         (split.no_team, "NOT alien AND tid IS NULL")):  # fmt: skip
        people, count = con.execute(
            f"""SELECT count(DISTINCT uid), count(*) FROM pw
            JOIN labels l ON l.lid = coalesce(pw.lid, -1) WHERE ({where}) AND NOT taken"""
        ).fetchone()
        tally.counted, tally.rows = int(people), int(count)
    con.execute("DROP TABLE pw")
    result: dt.date = first
    return result


def counted(con: Any, populations: int) -> list[Counted]:
    """Each population's weeks and groups (in the order the row-by-row path makes them),
    in one pass over the person-weeks (no per-row table is kept)."""
    con.execute(
        """CREATE TEMP TABLE present AS SELECT p, wi, week,
           wi - 1 IN (SELECT wi FROM (SELECT DISTINCT p, wi FROM pp) q WHERE q.p = x.p) AS moved,
           wi + 1 IN (SELECT wi FROM (SELECT DISTINCT p, wi FROM pp) q WHERE q.p = x.p) AS follows
        FROM (SELECT DISTINCT p, wi, week FROM pp) x"""
    )
    rows = con.execute(
        f"""SELECT GROUPING(p, wi, tid, lwi, lkey) AS g, p, wi, tid, lwi, lkey,
                   {_GROUP}, count(*) FILTER (WHERE lapses) AS lapsed,
                   min(frn) FILTER (WHERE lapses) AS lapsed_first
        FROM (SELECT f.*, pr.moved,
                     CASE WHEN f.nwi = f.wi + 1 AND f.nlab THEN f.ntid ELSE f.tid END AS lkey,
                     pr.follows AND f.a AND NOT coalesce(f.nwi = f.wi + 1 AND f.na, false)
                       AS lapses,
                     f.wi + 1 AS lwi
              FROM ({_FLAGS}) f JOIN present pr ON pr.p = f.p AND pr.wi = f.wi)
        GROUP BY GROUPING SETS ((p, wi, tid), (p, wi), (p, lwi, lkey), (p, lwi))"""
    ).fetchall()
    facts = con.execute(
        """SELECT p, bool_and(actions > 0),
                  count(DISTINCT uid) FILTER (WHERE enabled AND tid IS NULL)
        FROM pp GROUP BY p"""
    ).fetchall()
    weeks = con.execute("SELECT p, wi, week FROM present ORDER BY p, wi").fetchall()
    con.execute("DROP TABLE pp; DROP TABLE present")
    return _assemble(populations, rows, facts, weeks)


_SET = {
    key: i
    for i, key in enumerate([(0, 0, 0, 1, 1), (0, 0, 1, 1, 1), (0, 1, 1, 0, 0), (0, 1, 1, 0, 1)])
}
"""GROUPING(p, wi, tid, lwi, lkey) bits → which set: team, total, lapsed team, lapsed total."""
_CODE = {sum(bit << (4 - i) for i, bit in enumerate(key)): index for key, index in _SET.items()}


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
