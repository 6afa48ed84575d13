"""Seats licensed, counted in a usage export: licence entries from enabled users.

A usage export that lists the people enabled for the tool (the Copilot
user-count trend's *Enabled Users*, the per-user reports' rows, a weekly
action file listing people without activity) says how many seats a stage
uses each week. :func:`seat_ops` turns those weekly counts into entries of
the stage's licence line (:mod:`planner.model.value`): a new entry only in
a week where the count differs from the seats then in effect, at the price
then in effect, so importing the same file twice changes nothing and a price
typed earlier keeps applying.

The line is the stage's whole-stage line of its first product; without one,
a line "Licensed seats" is started at price 0, to be completed by hand (a
note says so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from planner.edit.operations import Insert, Op, SetField
from planner.model.entities import Roadmap
from planner.model.ids import new_id
from planner.model.kinds import EntityKind
from planner.model.value import Licence, lines_of

DEFAULT_PRODUCT = "Licensed seats"
FREE_PRICE = 0.0
"""The price of a licence line an import starts (the user types the contract price)."""


def seat_ops(
    roadmap: Roadmap,
    stage_id: str | None,
    counts: Mapping[dt.date, int],
    source: str,
    notes: list[str],
) -> list[Op]:
    """Operations adding (or correcting) licence entries for weekly seat counts; a note
    in ``notes`` says what they record. Nothing for a use case (``stage_id`` None)."""
    if not counts or stage_id is None:
        return []
    stage_lines = [
        line
        for line in lines_of(x for x in roadmap.licences if x.stage_id == stage_id)
        if line.team_id is None
    ]
    line = stage_lines[0] if stage_lines else None
    product = line.product if line is not None else DEFAULT_PRODUCT
    taken = {x.id for x in roadmap.licences}
    # The line's entries by week, planned ones added as they are made.
    timeline: dict[dt.date, Licence] = (
        {} if line is None else dict(zip(line.starts, line.entries, strict=True))
    )
    first = line.entries[0] if line is not None else None
    ops: list[Op] = []
    changed: list[dt.date] = []
    for week in sorted(counts):
        seats = counts[week]
        earlier = [w for w in timeline if w <= week]
        in_effect = timeline[max(earlier)] if earlier else None
        if in_effect is not None and in_effect.seats == seats:
            continue
        if in_effect is not None and max(earlier) == week:  # an entry this very week: correct it
            ops.append(SetField(EntityKind.LICENCE, in_effect.id, "seats", seats))
            ops.append(SetField(EntityKind.LICENCE, in_effect.id, "source", source))
            timeline[week] = in_effect.model_copy(update={"seats": seats, "source": source})
            changed.append(week)
            continue
        known = in_effect or first
        entry = Licence(
            id=new_id("licence", taken),
            stage_id=stage_id,
            product=product,
            start=week,
            seats=seats,
            price_per_seat_month=known.price_per_seat_month if known else FREE_PRICE,
            source=source,
            note="" if line is not None else "Seats counted in the usage export; enter the price.",
        )
        taken.add(entry.id)
        ops.append(Insert(EntityKind.LICENCE, -1, entry))
        timeline[week] = entry
        changed.append(week)
    if changed:
        notes.append(
            f"seats licensed (enabled users in the file) recorded for {len(changed)} week(s) "
            f"from {changed[0].isoformat()} in the licence line '{product}'"
            + ("" if line is not None else " at price 0: enter the price per seat")
        )
    return ops
