"""The roadmap's own settings form: undoable, merged typing, refusals."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from ui.document import Document
from ui.views.roadmap_form import RoadmapForm

sys.path.insert(0, str(Path(__file__).parents[1]))
from _editing_sample import sample


@pytest.fixture
def form(qtbot) -> RoadmapForm:
    widget = RoadmapForm(Document(sample()))
    qtbot.addWidget(widget)
    return widget


def test_typing_the_organisation_is_one_undo_step(qtbot, form: RoadmapForm) -> None:
    document = form.document
    box = form.editors["organisation"]
    box.selectAll()
    qtbot.keyClicks(box, "Mutual Insurance")
    assert document.roadmap.organisation == "Mutual Insurance"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change organisation of the roadmap"
    document.undo_stack.undo()
    assert box.text() == "Insurer"


def test_invalid_settings_are_refused(qtbot, form: RoadmapForm) -> None:
    document = form.document
    messages: list[str] = []
    document.refused.connect(messages.append)
    form.editors["horizon_end"].setDate(form.editors["horizon_end"].date().addYears(-3))
    assert document.roadmap.horizon_end == dt.date(2026, 12, 28)
    assert "before it starts" in messages[-1]
    assert form.editors["horizon_end"].value() == dt.date(2026, 12, 28)  # shows the stored date
    currency = form.editors["currency"]
    currency.selectAll()
    qtbot.keyClicks(currency, "eu")
    assert document.roadmap.currency == "EUR"
    assert "expected form" in messages[-1]
    assert currency.text() == "eu"  # the typing stays until the box is left
    qtbot.keyClick(currency, Qt.Key.Key_Return)
    assert currency.text() == "EUR"
    assert document.undo_stack.count() == 0


def test_read_only_disables_the_form(form: RoadmapForm) -> None:
    form.document.set_read_only(True)
    assert not form.editors["title"].isEnabled()
    form.document.set_read_only(False)
    assert form.editors["title"].isEnabled()
