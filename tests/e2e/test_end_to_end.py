"""A programme manager's session, start to finish, through the real window and keyboard:
open a file → edit a table cell → undo → save → export → read the workbook back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from planner import templates
from planner.file import storage
from ui.app.prompts import ScriptedPrompter
from ui.app.settings import Settings
from ui.files.recovery import RecoveryStore
from ui.window.main_window import MainWindow
from ui.window.start import build, start

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OLD_NAME = "Draft replies to customer letters"
NEW_NAME = "Customer replies with AI"


def _row_of(table: QTableView, text: str) -> QModelIndex:
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, Qt.ItemDataRole.DisplayRole) == text:
            return index
    raise AssertionError(f"no row shows {text!r}")


def _type_into_cell(qtbot, table: QTableView, index: QModelIndex, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def test_open_edit_undo_save_export(qtbot, tmp_path: Path) -> None:
    roadmap_file = tmp_path / "AI-rollout.pilotplan"
    storage.save(templates.create(templates.SAMPLE), roadmap_file)
    prompter = ScriptedPrompter()
    window: MainWindow = build(Settings(), prompter, RecoveryStore())
    try:
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):
            window.activateWindow()
        start(window, str(roadmap_file))
        assert window.session.path == str(roadmap_file)
        assert window.windowTitle() == "AI-rollout.pilotplan[*] — Pilot-to-Scale Planner"

        # Edit a use case's name in its table, with the keyboard.
        window.navigator.list.setFocus()
        qtbot.keyClick(window.navigator.list, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == "use_cases"
        table = window.page("use_cases").browsers["use_case"].table
        _type_into_cell(qtbot, table, _row_of(table, OLD_NAME), NEW_NAME)
        names = [uc.name for uc in window.document.roadmap.use_cases]
        assert NEW_NAME in names
        assert window.isWindowModified()

        # A second edit, undone with Ctrl+Z: only the first remains.
        _type_into_cell(qtbot, table, _row_of(table, NEW_NAME), "Oops")
        assert "Oops" in [uc.name for uc in window.document.roadmap.use_cases]
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [uc.name for uc in window.document.roadmap.use_cases] == names

        # Save with Ctrl+S: the file holds exactly the model, and the mark goes.
        qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not window.isWindowModified()
        assert storage.load(roadmap_file) == window.document.roadmap

        output = tmp_path / "committee.xlsx"
        prompter.answer("export-workbook", str(output))
        qtbot.keyClick(table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        options = window.exports.options_dialog  # the command line's options, as they come
        with qtbot.waitSignal(window.exports.exporter.finished, timeout=120_000) as done:
            qtbot.keyClick(options, Qt.Key.Key_Return)
        assert done.args[0], done.args[2]
        assert prompter.keys_told() == ["export-done"]
        book = openpyxl.load_workbook(output, read_only=True)
        try:
            cells = [c for row in book["Use cases"].iter_rows(values_only=True) for c in row]
            assert NEW_NAME in cells
            assert OLD_NAME not in cells
            assert book["Summary"]["A1"].value == window.document.roadmap.title
        finally:
            book.close()
    finally:
        window.document.undo_stack.setClean()
        window.close()
    assert not (tmp_path / f".~lock.{roadmap_file.name}#").exists()
