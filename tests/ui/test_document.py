"""The document controller: every edit is undoable, invalid edits leave no trace."""

from __future__ import annotations

import datetime as dt

from planner.edit.change import Change
from planner.edit.operations import SetField
from planner.model.entities import Lineage, Roadmap
from planner.model.kinds import EntityKind
from ui.document import Document


def _roadmap() -> Roadmap:
    return Roadmap(
        title="Plan",
        horizon_start=dt.date(2026, 1, 5),
        horizon_end=dt.date(2026, 12, 28),
        lineage=Lineage(document_id="doc-1"),
    )


def test_edit_undo_redo_and_clean_state(qtbot) -> None:
    doc = Document(_roadmap())
    seen: list[Change] = []
    doc.changed.connect(seen.append)
    doc.undo_stack.setClean()
    assert doc.execute(SetField("roadmap", None, "title", "Renamed"), "Rename")
    assert doc.roadmap.title == "Renamed"
    assert not doc.undo_stack.isClean()
    doc.undo_stack.undo()
    assert doc.roadmap.title == "Plan"
    assert doc.undo_stack.isClean()
    doc.undo_stack.redo()
    assert doc.roadmap.title == "Renamed"
    assert seen == [Change(frozenset({EntityKind.ROADMAP}))] * 3


def test_invalid_edit_is_refused_without_undo_entry(qtbot) -> None:
    doc = Document(_roadmap())
    messages: list[str] = []
    doc.refused.connect(messages.append)
    before = doc.roadmap
    assert not doc.execute(SetField("roadmap", None, "horizon_end", dt.date(2020, 1, 1)), "x")
    assert doc.roadmap is before
    assert doc.undo_stack.count() == 0
    assert len(messages) == 1
    assert "before it starts" in messages[0]


def test_typing_burst_merges_into_one_step(qtbot) -> None:
    doc = Document(_roadmap())
    for text in ("P", "Pl", "Pla", "Plan B"):
        doc.execute(SetField("roadmap", None, "title", text), "Edit title", merge_key="title")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.roadmap.title == "Plan"
    doc.undo_stack.redo()
    assert doc.roadmap.title == "Plan B"
