"""What may be stored without revealing a person: the rules every usage figure passes.

A roadmap file travels by e-mail, so it holds aggregates only, and no stored
figure — alone, or combined with others stored for the same week and scope —
may tell something about fewer than ``min_group`` people. The rules, applied
to **everything that would be stored** for a figure (a metric), a week and a
scope (a stage or a use case) once the import is done — this import's figures
and those already in the roadmap from earlier imports or typed by hand:

1. **Floor.** The minimum group is at least :data:`MIN_GROUP_FLOOR` (5, the
   floor of Microsoft's and Viva Insights' reports), whatever a roadmap file
   or an option asks.
2. **Small groups.** A figure over fewer than ``min_group`` people (its sample
   size: the group's people; for actions per active user, its active people)
   is not stored.
3. **Subtraction.** Where a total (the whole scope) and team figures are
   stored, the people of the total not covered by a stored team — found by
   subtracting — must be none or at least ``min_group``, and (for a share or a
   count of people) their figure must not be 0 % or 100 % of fewer than
   :data:`EXTREMES_BELOW` people. Otherwise the smallest teams are withheld
   until it holds; a team figure already stored by an earlier import is then
   **removed** (retroactively): a corrected file cannot leave an old figure
   beside a new total.
4. **Extremes.** A share of 0 % or 100 % (a count of nobody or everybody) of
   a group of ``min_group`` to :data:`EXTREMES_BELOW` − 1 people tells every
   member's status: it is not stored. Larger groups hide who is who.
5. **Together.** A team's actions per active user are stored only with its
   active users (its sample size is that team's count of active people).

Withholding never changes what is stored for other scopes, and never invents a
value: a withheld figure is simply not there ("—" in every view).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

MIN_GROUP_FLOOR = 5
EXTREMES_BELOW = 13
"""0 % or 100 % of a group smaller than this is withheld (see rule 4)."""


def effective_min_group(*asked: int | None) -> int:
    """The minimum group actually applied: the largest asked, never below the floor."""
    return max([MIN_GROUP_FLOOR, *(a for a in asked if a is not None)])


@dataclass(frozen=True)
class Candidate:
    """A figure that would be stored (new or already there)."""

    key: Hashable
    """Whatever the caller uses to know which figure it is."""
    cell: Hashable
    """Figures that can be subtracted from one another share a cell (metric, week, scope)."""
    team_id: str | None
    """None: the whole scope."""
    size: int | None
    """People the figure is computed over (None: unknown, typed by hand)."""
    count: float | None = None
    """People of the group it counts, for a share or a count (None otherwise)."""
    established: bool = False
    """Already stored: allowed under the minimum group of its own import (never below
    the floor), so a higher minimum now does not remove it; the other rules apply."""


class Reason:
    SMALL = "small"
    EXTREME = "extreme"
    SUBTRACTION = "subtraction"


def _extreme(size: int, count: float | None, min_group: int) -> bool:
    if count is None or not min_group <= size < EXTREMES_BELOW:
        return False
    return round(count) <= 0 or round(count) >= size


def protect(candidates: Iterable[Candidate], min_group: int) -> dict[Hashable, str]:
    """The keys to withhold, each with its :class:`Reason` (rules 2–4 above)."""
    withheld: dict[Hashable, str] = {}
    cells: dict[Hashable, list[Candidate]] = defaultdict(list)
    for c in candidates:
        smallest = MIN_GROUP_FLOOR if c.established else min_group
        if c.size is not None and c.size < smallest:
            withheld[c.key] = Reason.SMALL
        elif c.size is not None and _extreme(c.size, c.count, min_group):
            withheld[c.key] = Reason.EXTREME
        else:
            cells[c.cell].append(c)
    for members in cells.values():
        total = next((c for c in members if c.team_id is None and c.size is not None), None)
        if total is None or total.size is None:
            continue
        teams = sorted(
            (c for c in members if c.team_id is not None and c.size is not None),
            key=lambda c: (c.size, str(c.team_id)),
        )
        while teams and _reveals(total, teams, min_group):
            withheld[teams.pop(0).key] = Reason.SUBTRACTION
    return withheld


def _reveals(total: Candidate, teams: list[Candidate], min_group: int) -> bool:
    """Whether total − teams describes a group the rules forbid."""
    assert total.size is not None
    rest = total.size - sum(c.size or 0 for c in teams)
    if rest <= 0:
        return False  # nothing left to find (or stale figures: nothing exact either)
    if rest < min_group:
        return True
    if total.count is None or any(c.count is None for c in teams):
        return False
    return _extreme(rest, total.count - sum(c.count or 0 for c in teams), min_group)


def together(withheld: dict[Hashable, str], groups: dict[Hashable, list[Hashable]]) -> None:
    """Rule 5: withhold a group's dependent figures with the figure they depend on.

    ``groups`` maps a figure's key to the keys that must go with it.
    """
    for key, dependants in groups.items():
        if key in withheld:
            for other in dependants:
                withheld.setdefault(other, Reason.SUBTRACTION)
