"""A weekly export counted per person, in memory that does not grow with its rows.

The common tenant export — one row per person and week, whole numbers of
actions, nothing refused — is counted without keeping its rows: one pass over
the file keeps, for each person and team label, the weeks they are listed,
active and enabled as the bits of an integer and their actions of each week
clipped to :data:`CLIP` (table ``pg``: about 100 bytes a person, whatever the
number of weeks); a second pass reads the rows again and counts each week's
groups (:mod:`planner.usage.columnar_funnel`'s counts) from the person's bits.
Habit, the cohort movement and the team a lapsed person is counted in come
from the bits; power and low users from the clipped weekly actions (the
thresholds only compare sums of whole numbers with at most
:data:`CLIP`, so clipping each week there changes no comparison).

A file with refused rows, several rows for a person and week (daily rows),
fractional actions or a week the engine reads otherwise goes the way that
keeps the person-weeks (:func:`planner.usage.columnar.read`), which reports
every row; the figures are the same either way, which a property test checks.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from planner.usage import funnel
from planner.usage.columnar_funnel import _GROUP, Counted, _assemble, _named
from planner.usage.columnar_values import grouping
from planner.usage.context import ReadContext

CLIP = math.ceil(funnel.POWER_ACTIONS * funnel.HABIT_WEEKS)
"""A week's actions above this count as this many: every threshold is at most this sum."""
_LANE = 8
"""Weeks per 64-bit integer of clipped weekly actions (8 bits each)."""
assert CLIP < 256
assert funnel.LOW_ACTIONS * funnel.HABIT_WEEKS <= CLIP


def eligible(con: Any) -> set[int] | None:
    """The week ids of the rows when the file may be counted per person: no row is refused
    for its person, actions or enabled days, and every number of actions is whole;
    None: the file goes the way that keeps its rows."""
    found = con.execute(
        f"""SELECT s.w, s.ue OR (s.oa IS NOT NULL AND va.err IS NOT NULL)
                   OR (s.od IS NOT NULL AND vd.err IS NOT NULL) AS refused,
                   s.oa IS NOT NULL AND va.value <> floor(va.value) AS fraction
        FROM stats s LEFT JOIN vals_a va ON s.oa = va.raw LEFT JOIN vals_d vd ON s.od = vd.raw
        WHERE s.g = {grouping("w", "oa", "od", "ue")} AND s.ue IS NOT NULL"""
    ).fetchall()
    if any(refused or fraction for _w, refused, fraction in found):
        return None
    weeks = {raw: wid for wid, raw in con.execute("SELECT id, raw FROM vals_w").fetchall()}
    return {int(weeks[w]) for w, _refused, _fraction in found}


def joined(rows: str, conc: str = "false") -> str:
    """Each row of a file that passed :func:`eligible`: its person, week and team label."""
    return f"""(SELECT s.rn, k.uid, {conc} AS conc, d.wi,
          coalesce(va.value, TRY_CAST(s.a AS DOUBLE)) AS actions,
          CASE WHEN s.d IS NULL OR coalesce(vd.blank, false) THEN true
               ELSE coalesce(vd.value, TRY_CAST(s.d AS DOUBLE)) > 0
                    OR coalesce(va.value, TRY_CAST(s.a AS DOUBLE)) > 0 END AS enabled,
          coalesce(m.lid, vt.lid) AS lid
        FROM {rows} s
        LEFT JOIN users_odd uo ON s.ou = uo.raw
        JOIN users k ON k.ukey = CASE WHEN s.ou IS NULL THEN lower(trim(s.u)) ELSE uo.ukey END
        JOIN vals_w vw ON s.w = vw.raw
        JOIN days d ON d.id = vw.id
        LEFT JOIN vals_a va ON s.oa = va.raw
        LEFT JOIN vals_d vd ON s.od = vd.raw
        LEFT JOIN vals_t vt ON s.t = vt.raw
        LEFT JOIN mapped m ON m.uid = k.uid
        WHERE NOT s.blank)"""


def _bit(at: str) -> str:
    return f"(1::UBIGINT << ({at})::UBIGINT)"


def people(con: Any, rows: str, ctx: ReadContext, weeks: int) -> bool:
    """Fill table ``pg`` (one row per person and team label) from the file's rows; False:
    some person has two rows in a week (nothing kept then)."""
    conc = "false"
    if ctx.tally is not None and ctx.teams_by_user:  # only the mapping's report needs it
        conc = "coalesce(uo.conc, regexp_full_match(trim(s.u), '[0-9A-Fa-f]{32}'))"
    lanes = ", ".join(
        f"coalesce(bit_or(least(actions, {CLIP})::UBIGINT << (8 * (wi % {_LANE}))::UBIGINT) "
        f"FILTER (WHERE wi // {_LANE} = {j}), 0) AS a{j}"
        for j in range(_lanes(weeks))
    )
    con.execute(
        f"""CREATE TEMP TABLE pg AS
        SELECT uid, lid, count(*) AS n, min(rn) AS frn, arg_min(conc, rn) AS conc,
          bit_or({_bit("wi")}) AS pm,
          coalesce(bit_or({_bit("wi")}) FILTER (WHERE actions > 0), 0) AS m,
          coalesce(bit_or({_bit("wi")}) FILTER (WHERE enabled), 0) AS em,
          bool_and(actions > 0) AS busy, {lanes}
        FROM {joined(rows, conc)} GROUP BY uid, lid"""
    )
    doubled = con.execute(
        """SELECT count(*) FROM (SELECT uid FROM pg GROUP BY uid
           HAVING sum(n) <> bit_count(bit_or(pm)))"""
    ).fetchone()[0]
    if doubled:
        con.execute("DROP TABLE pg")
        return False
    return True


def tally(con: Any, ctx: ReadContext) -> None:
    """How many people the team mapping found (planner.usage.tally), without their names."""
    assert ctx.tally is not None
    total, matched, concealed = con.execute(
        """SELECT count(*), count(*) FILTER (WHERE mapped), count(*) FILTER (WHERE conc)
        FROM (SELECT uid, arg_min(g.conc, g.frn) AS conc, bool_or(m.uid IS NOT NULL) AS mapped
              FROM pg g LEFT JOIN mapped m USING (uid) GROUP BY uid)"""
    ).fetchone()
    ctx.tally.users.clear()
    ctx.tally.kept = (int(matched), int(total))
    ctx.tally.concealed = int(concealed)


def _lanes(weeks: int) -> int:
    return max(1, -(-weeks // _LANE))


def _sums(weeks: int) -> str:
    """Each week's clipped actions over the habit window ending there (columns s0, s1 …):
    the last 12 weeks, or the last 4 while fewer (planner.usage.funnel)."""

    def byte(i: int) -> str:
        return f"((a{i // _LANE} >> {8 * (i % _LANE)}) & 255)"

    def span(w: int) -> int:
        return funnel.HABIT_WEEKS if w + 1 >= funnel.HABIT_WEEKS else funnel.EARLY_WEEKS

    return ", ".join(
        " + ".join(byte(i) for i in range(max(0, w - span(w) + 1), w + 1)) + f" AS s{w}"
        for w in range(weeks)
    )


def _masks(weeks: int) -> str:
    """Power and low users' weeks as bits, from the sums of :func:`_sums`: the mean (the
    sum over the weeks known, at most the window) at least 15, or above 0 and below 1."""

    def known(w: int) -> int:
        return funnel.HABIT_WEEKS if w + 1 >= funnel.HABIT_WEEKS else min(funnel.EARLY_WEEKS, w + 1)

    def bits(condition: str) -> str:
        return " | ".join(
            f"CASE WHEN {condition.format(s=f's{w}', k=known(w))} THEN {1 << w}::UBIGINT "
            "ELSE 0::UBIGINT END"
            for w in range(weeks)
        )

    return (
        f"{bits(f'{{s}} >= {funnel.POWER_ACTIONS} * {{k}}')} AS powerful, "
        f"{bits(f'{{s}} > 0 AND {{s}} < {funnel.LOW_ACTIONS} * {{k}}')} AS lowish"
    )


def counted(
    con: Any, rows: str, populations: int, team_ids: dict[int, str], first: dt.date, weeks: int
) -> list[Counted]:
    """Each population's weeks and groups, as :func:`planner.usage.columnar_funnel.counted`
    gives them, from table ``pg`` and a second pass over the rows."""
    lanes = _lanes(weeks)
    con.execute(
        f"""CREATE TEMP TABLE ps AS
        SELECT p, uid, pm, m, lm, k, tix1, teams, {_masks(weeks)}
        FROM (SELECT *, {_sums(weeks)}
              FROM (SELECT t.p, g.uid, bit_or(g.pm) AS pm, bit_or(g.m) AS m,
                      coalesce(bit_or(g.pm) FILTER (WHERE g.lid IS NOT NULL), 0) AS lm,
                      count(*) AS k, min(l.tix) AS tix1,
                      list({{'tix': l.tix, 'mask': g.pm}}) AS teams,
                      {", ".join(f"bit_or(g.a{j}) AS a{j}" for j in range(lanes))}
                    FROM pg g JOIN labels l ON l.lid = coalesce(g.lid, -1)
                    JOIN takes t ON t.lid = coalesce(g.lid, -1)
                    GROUP BY t.p, g.uid))"""
    )
    present = {
        int(p): int(mask)
        for p, mask in con.execute("SELECT p, bit_or(pm) FROM ps GROUP BY p").fetchall()
    }
    con.execute(
        "CREATE TEMP TABLE pres AS SELECT unnest($1::INTEGER[]) AS p, "
        "unnest($2::UBIGINT[]) AS pmask",
        [list(present), list(present.values())],
    )
    found = list(con.execute(_GROUPS.format(rows=rows)).fetchall())
    facts = con.execute(
        """SELECT t.p, bool_and(g.busy),
                  count(DISTINCT g.uid) FILTER (WHERE g.em <> 0 AND l.tix IS NULL)
        FROM pg g JOIN labels l ON l.lid = coalesce(g.lid, -1)
        JOIN takes t ON t.lid = coalesce(g.lid, -1) GROUP BY t.p"""
    ).fetchall()
    dated = [
        (p, wi, first + dt.timedelta(weeks=wi))
        for p, mask in sorted(present.items())
        for wi in range(weeks)
        if mask >> wi & 1
    ]
    return _assemble(populations, _named(found, team_ids), facts, dated)


def _has(mask: str, at: str) -> str:
    return f"(({mask} >> ({at})::UBIGINT) & 1) = 1"


_POWER = f"mean >= {funnel.POWER_ACTIONS}"
_LOW = f"mean > 0 AND mean < {funnel.LOW_ACTIONS}"
assert _POWER in _GROUP
assert _LOW in _GROUP
_GROUPS = f"""
SELECT GROUPING(p, wi, tix, lwi, lkey) AS g, p, wi, tix, lwi, lkey,
  {_GROUP.replace(_POWER, _has("powerful", "wi")).replace(_LOW, _has("lowish", "wi"))},
  count(*) FILTER (WHERE lapses) AS lapsed, min(frn) FILTER (WHERE lapses) AS lapsed_first
FROM (
  SELECT *, CASE WHEN next_listed AND next_labelled
                 THEN CASE WHEN k = 1 THEN tix1 ELSE list_filter(teams, lambda x:
                      {_has("x.mask", "wi + 1")})[1].tix END
                 ELSE tix END AS lkey,
         follows AND a AND NOT next_active AS lapses, wi + 1 AS lwi
  FROM (
    SELECT t.p, j.wi, j.actions, j.enabled, l.tix, j.rn AS frn, j.actions > 0 AS a,
      j.wi + 1 >= {funnel.EARLY_WEEKS} AS r4, ps.k, ps.tix1, ps.teams, ps.powerful, ps.lowish,
      j.wi + 1 >= {funnel.EARLY_WEEKS} AND CASE WHEN j.wi + 1 >= {funnel.HABIT_WEEKS}
        THEN bit_count((ps.m >> greatest(j.wi - {funnel.HABIT_WEEKS - 1}, 0)::UBIGINT)
                       & {(1 << funnel.HABIT_WEEKS) - 1}) >= {funnel.HABIT_ACTIVE}
        ELSE bit_count((ps.m >> greatest(j.wi - {funnel.EARLY_WEEKS - 1}, 0)::UBIGINT)
                       & {(1 << funnel.EARLY_WEEKS) - 1}) >= {funnel.EARLY_ACTIVE}
      END AS habitual,
      j.wi >= 1 AND {_has("ps.m", "greatest(j.wi - 1, 0)")} AS before,
      j.wi >= 2 AND (ps.m & ({_bit("greatest(j.wi - 1, 0)")} - 1)) <> 0 AS earlier,
      {_has("ps.m", "j.wi + 1")} AS next_active,
      {_has("ps.pm", "j.wi + 1")} AS next_listed,
      {_has("ps.lm", "j.wi + 1")} AS next_labelled,
      j.wi >= 1 AND {_has("pr.pmask", "greatest(j.wi - 1, 0)")} AS moved,
      {_has("pr.pmask", "j.wi + 1")} AS follows
    FROM {{rows}} j
    JOIN labels l ON l.lid = coalesce(j.lid, -1)
    JOIN takes t ON t.lid = coalesce(j.lid, -1)
    JOIN ps ON ps.p = t.p AND ps.uid = j.uid
    JOIN pres pr ON pr.p = t.p))
GROUP BY GROUPING SETS ((p, wi, tix), (p, wi), (p, lwi, lkey), (p, lwi))"""
"""Each week's groups from the rows and their person's bits (columnar_funnel._groups)."""


__all__ = ["CLIP", "counted", "eligible", "joined", "people", "tally"]
