"""The baselines dialog: list with slip, capture and delete as undo steps, choose one."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt

from planner import templates
from planner.edit.operations import SetField
from ui.dialogs.baselines import BaselinesDialog
from ui.document import Document

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def document(qapp) -> Document:
    return Document(templates.create(templates.SAMPLE, today=dt.date(2027, 1, 4)))


def _dialog(qtbot, document: Document, **kwargs: object) -> BaselinesDialog:
    dialog = BaselinesDialog(document, today=dt.date(2027, 2, 9), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def _names(dialog: BaselinesDialog) -> list[str]:
    return [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())]


def test_capture_is_one_undo_step(qtbot, document: Document) -> None:
    dialog = _dialog(qtbot, document)
    assert _names(dialog) == ["Kick-off plan"]
    assert dialog.name_edit.text() == "Committee 2027-02"
    before = document.roadmap
    qtbot.mouseClick(dialog.capture_button, Qt.MouseButton.LeftButton)
    assert _names(dialog) == ["Kick-off plan", "Committee 2027-02"]
    captured = document.roadmap.baselines[-1]
    assert captured.captured_on == dt.date(2027, 2, 9)
    assert dialog.table.item(1, 3).text() == "0 later, 0 earlier"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Capture baseline 'Committee 2027-02'"
    document.undo_stack.undo()
    assert document.roadmap == before
    assert _names(dialog) == ["Kick-off plan"]


def test_slip_follows_the_plan(qtbot, document: Document) -> None:
    dialog = _dialog(qtbot, document)
    dialog.capture()
    use_case = document.roadmap.use_cases[0]
    later = use_case.planned_end + dt.timedelta(days=7)
    assert document.execute(SetField("use_case", use_case.id, "planned_end", later), "later")
    assert dialog.table.item(1, 3).text() == "1 later, 0 earlier"


def test_delete_selected_and_undo(qtbot, document: Document) -> None:
    dialog = _dialog(qtbot, document)
    assert not dialog.delete_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.delete_button.isEnabled()
    before = document.roadmap
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert _names(dialog) == []
    assert document.undo_stack.undoText() == "Delete baseline 'Kick-off plan'"
    document.undo_stack.undo()
    assert document.roadmap == before
    assert _names(dialog) == ["Kick-off plan"]


def test_choose_the_baseline_shown(qtbot, document: Document) -> None:
    dialog = _dialog(qtbot, document)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.baseline_chosen) as chosen:
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["baseline-kickoff"]
    assert _names(dialog) == ["Kick-off plan (shown)"]


def test_read_only_and_empty_name_cannot_capture(qtbot, document: Document) -> None:
    dialog = _dialog(qtbot, document)
    dialog.name_edit.setText("   ")
    assert not dialog.capture_button.isEnabled()
    dialog.name_edit.setText("Committee")
    assert dialog.capture_button.isEnabled()
    document.set_read_only(True)
    assert not dialog.capture_button.isEnabled()
    assert dialog.table.accessibleName() == "Baselines of this roadmap"
