"""Baselines: capture, slip against the current plan, latest, delete — all undoable."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import baselines, templates
from planner.baselines import Slip
from planner.edit.operations import Remove, SetField, apply
from planner.file import storage
from planner.model.entities import Roadmap
from planner.rules import invariants

D = dt.date


@pytest.fixture(scope="module")
def roadmap() -> Roadmap:
    return templates.create(templates.SAMPLE, today=D(2027, 1, 4))


def test_default_name() -> None:
    assert baselines.default_name(D(2027, 2, 9)) == "Committee 2027-02"


def test_capture_records_every_planned_date_and_is_undoable(roadmap: Roadmap) -> None:
    op = baselines.capture(roadmap, "Committee 2027-02", D(2027, 2, 15))
    captured, undo = apply(roadmap, op)
    baseline = captured.baselines[-1]
    assert baseline.id not in {b.id for b in roadmap.baselines}
    assert (baseline.name, baseline.captured_on) == ("Committee 2027-02", D(2027, 2, 15))
    planned = [*roadmap.stages, *roadmap.use_cases]
    assert [(e.entity_id, e.start, e.end) for e in baseline.entries] == [
        (p.id, p.planned_start, p.planned_end) for p in planned
    ]
    assert invariants.check(captured) == []
    assert apply(captured, undo)[0] == roadmap
    assert storage.load_bytes(storage.dumps(captured)) == captured


def test_slip_against_the_baseline(roadmap: Roadmap) -> None:
    captured, _ = apply(roadmap, baselines.capture(roadmap, "Feb", D(2027, 2, 15)))
    baseline_id = captured.baselines[-1].id
    assert set(baselines.slip(captured, baseline_id).values()) == {Slip(0, 0)}
    use_case = captured.use_cases[0]
    later, _ = apply(
        captured,
        SetField(
            "use_case", use_case.id, "planned_end", use_case.planned_end + dt.timedelta(days=21)
        ),
    )
    slips = baselines.slip(later, baseline_id)
    assert slips[use_case.id] == Slip(0, 21)
    assert slips[use_case.id].late
    assert not slips[later.stages[0].id].late
    removed, _ = apply(later, Remove("use_case", use_case.id))
    assert use_case.id not in baselines.slip(removed, baseline_id)


def test_latest_and_delete(roadmap: Roadmap) -> None:
    first, _ = apply(roadmap, baselines.capture(roadmap, "Jan", D(2027, 1, 15)))
    second, _ = apply(first, baselines.capture(first, "Feb", D(2027, 2, 15)))
    third, _ = apply(second, baselines.capture(second, "Feb again", D(2027, 2, 15)))
    latest = baselines.latest(third)
    assert latest is not None
    assert latest.name == "Feb again"
    op = baselines.delete(third, latest.id)
    assert op.label == "Delete baseline 'Feb again'"
    deleted, undo = apply(third, op)
    assert latest.id not in {b.id for b in deleted.baselines}
    assert apply(deleted, undo)[0] == third
    with pytest.raises(KeyError):
        baselines.delete(deleted, latest.id)
    with pytest.raises(KeyError):
        baselines.slip(deleted, latest.id)


def test_no_baseline(roadmap: Roadmap) -> None:
    empty = roadmap.model_copy(update={"baselines": ()})
    assert baselines.latest(empty) is None
