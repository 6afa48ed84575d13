"""Seats licensed counted in a usage export become licence entries (planner.usage.seats)."""

from __future__ import annotations

import datetime as dt

from usage_samples import AS_OF, sample, small_roadmap

from planner.edit import operations
from planner.model.value import Licence
from planner.usage import ImportOptions, plan_import
from planner.usage.seats import seat_ops

W = [dt.date(2026, 3, 2) + dt.timedelta(weeks=i) for i in range(4)]


def typed(start: dt.date, seats: int, price: float) -> Licence:
    return Licence(id="lic-typed", stage_id="s-writing", product="Copilot", start=start,
                   seats=seats, price_per_seat_month=price)  # fmt: skip


def test_counts_become_entries_only_where_the_seats_change() -> None:
    roadmap = small_roadmap().model_copy(update={"licences": (typed(W[0], 10, 28.1),)})
    notes: list[str] = []
    ops = seat_ops(roadmap, "s-writing", {W[0]: 10, W[1]: 10, W[2]: 12, W[3]: 12}, "f.csv", notes)
    new, _ = operations.apply(roadmap, operations.Batch(tuple(ops), "seats"))
    added = [x for x in new.licences if x.id != "lic-typed"]
    assert [(x.start, x.seats, x.price_per_seat_month, x.product, x.source) for x in added] == [
        (W[2], 12, 28.1, "Copilot", "f.csv")
    ]
    assert "1 week(s) from 2026-03-16" in notes[0]
    # The same counts again: nothing to do.
    assert seat_ops(new, "s-writing", {W[0]: 10, W[2]: 12, W[3]: 12}, "f.csv", []) == []
    # A corrected count for a week already recorded replaces it.
    ops = seat_ops(new, "s-writing", {W[2]: 14}, "g.csv", [])
    fixed, _ = operations.apply(new, operations.Batch(tuple(ops), "seats"))
    assert [(x.start, x.seats, x.source) for x in fixed.licences if x.id != "lic-typed"] == [
        (W[2], 14, "g.csv")
    ]


def test_a_stage_without_a_line_gets_one_at_price_zero_to_complete() -> None:
    notes: list[str] = []
    ops = seat_ops(small_roadmap(), "s-writing", {W[0]: 19}, "f.csv", notes)
    (insert,) = ops
    assert isinstance(insert, operations.Insert)
    entry = insert.entity
    assert isinstance(entry, Licence)
    assert (entry.product, entry.seats, entry.price_per_seat_month) == ("Licensed seats", 19, 0.0)
    assert "enter the price per seat" in notes[0]
    assert seat_ops(small_roadmap(), None, {W[0]: 19}, "f.csv", []) == []


def test_a_copilot_trend_import_records_the_enabled_users_as_seats() -> None:
    roadmap = small_roadmap(min_group=2)
    result = plan_import(roadmap, sample("copilot_trend.csv"),
                         ImportOptions(as_of=AS_OF, stage="s-writing"))  # fmt: skip
    inserts = [op for op in result.batch.ops if getattr(op, "kind", "") == "licence"]
    assert inserts, "the trend's Enabled Users give seat counts"
    new, _ = operations.apply(roadmap, result.batch)
    weeks = {x.start: x.seats for x in new.licences}
    active = {m.week: m.sample_size for m in new.measurements
              if m.metric_id == "m-wau" and m.team_id is None}  # fmt: skip
    assert set(weeks) <= set(active)
    assert all(weeks[w] == active[w] for w in weeks)
    assert any("seats licensed" in note for note in result.report.notes)
    again = plan_import(new, sample("copilot_trend.csv"),
                        ImportOptions(as_of=AS_OF, stage="s-writing"))  # fmt: skip
    assert not again.batch.ops


def test_an_eligible_denominator_records_no_seats() -> None:
    result = plan_import(small_roadmap(min_group=2), sample("viva_weekly.csv"),
                         ImportOptions(as_of=AS_OF, stage="s-writing",
                                       denominator="eligible"))  # fmt: skip
    assert not [op for op in result.batch.ops if getattr(op, "kind", "") == "licence"]
