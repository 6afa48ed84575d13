"""The table pages, driven like a person would: keyboard edits, toolbar actions, undo."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget

from planner.kinds import find
from ui.document import Document
from ui.pages.registry import table_pages
from ui.views.browser import EntityBrowser

sys.path.insert(0, str(Path(__file__).parent))
from _editing_sample import sample

# The offscreen platform warns when a top-level window is shown; nothing to do with us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def document(qapp) -> Document:
    return Document(sample())


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def _page(qtbot, document: Document, key: str) -> QWidget:
    spec = next(s for s in table_pages() if s.key == key)
    return _show(qtbot, spec.factory(document, None))


def _edit_cell(qtbot, browser: EntityBrowser, entity_id: str, key: str, keys: str) -> None:
    """Select a cell, press F2, select what is there, type, press Enter."""
    column = browser.model.column_of(key)
    assert browser.select(entity_id, column)
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    assert editor is not browser.table
    if isinstance(editor, QLineEdit | QAbstractSpinBox):
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, keys)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browser.table)


def test_pages_are_listed_in_navigator_order(qapp) -> None:
    pages = table_pages()
    assert [p.key for p in pages] == [
        "stages",
        "use_cases",
        "friction_points",
        "people",
        "data_sources",
        "measurements",
        "decisions",
        "risks",
    ]
    assert pages[0].title() == "Stages & gates"
    assert pages[3].kinds == ("person", "team")


@pytest.mark.parametrize("spec", table_pages(), ids=lambda s: s.key)
def test_every_page_builds_and_shows_each_of_its_kinds(qtbot, document: Document, spec) -> None:
    page = _show(qtbot, spec.factory(document, None))
    roadmap = document.roadmap
    for kind in spec.kinds:
        from planner.kinds import kind as kind_of

        entities = kind_of(kind).entities(roadmap)
        assert entities, kind
        assert page.show_entity(kind, entities[-1].id)
        browser = page.browsers[kind]
        assert browser.current_id() == entities[-1].id
        assert browser.detail.entity_id() == entities[-1].id
        assert not page.show_entity(kind, "no-such-id")


def test_keyboard_edit_then_undo_and_redo(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    _edit_cell(qtbot, browser, "uc-min", "name", "Minutes of meetings")
    assert find(document.roadmap, "use_case", "uc-min").name == "Minutes of meetings"
    assert document.undo_stack.undoText() == "Change name of 'Meeting minutes'"
    _edit_cell(qtbot, browser, "uc-min", "planned_end", "2026-03-27")
    assert find(document.roadmap, "use_case", "uc-min").planned_end == dt.date(2026, 3, 27)
    _edit_cell(qtbot, browser, "uc-min", "progress", "40")
    assert find(document.roadmap, "use_case", "uc-min").progress == 40
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert find(document.roadmap, "use_case", "uc-min").planned_end == dt.date(2026, 3, 20)
    index = browser.proxy.mapFromSource(
        browser.model.index(browser.model.row_of("uc-min"), browser.model.column_of("name"))
    )
    assert index.data() == "Minutes of meetings"
    document.undo_stack.undo()
    assert index.data() == "Meeting minutes"
    assert browser.detail.editors["name"].value() == "Meeting minutes"
    document.undo_stack.redo()
    assert index.data() == "Minutes of meetings"
    assert browser.detail.editors["name"].value() == "Minutes of meetings"


def test_invalid_keyboard_edit_is_refused_with_a_message(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    before = document.roadmap
    _edit_cell(qtbot, browser, "uc-min", "planned_end", "2025-01-01")
    assert document.roadmap is before
    assert document.undo_stack.count() == 0
    assert "before it starts" in page.messages.text()
    assert page.messages.isVisible()
    # The next accepted edit clears the message.
    _edit_cell(qtbot, browser, "uc-min", "tool", "Copilot")
    assert page.messages.text() == ""


def test_enum_and_reference_pickers(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    _edit_cell(qtbot, browser, "uc-plan", "status", "Live")
    assert find(document.roadmap, "use_case", "uc-plan").status == "live"
    # The owner is picked by name; "— none —" clears it.
    _edit_cell(qtbot, browser, "uc-plan", "owner_id", "Cleo")
    assert find(document.roadmap, "use_case", "uc-plan").owner_id == "p-cleo"
    assert document.undo_stack.undoText() == "Change owner of 'Project plans'"
    column = browser.model.column_of("owner_id")
    browser.select("uc-plan", column)
    qtbot.keyClick(browser.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(0)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(document.roadmap, "use_case", "uc-plan").owner_id is None)


def test_multi_reference_list_editor(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    column = browser.model.column_of("team_ids")
    browser.select("uc-plan", column)
    qtbot.keyClick(browser.table, Qt.Key.Key_F2)
    filter_box = QApplication.focusWidget()
    editor = filter_box.parentWidget()
    qtbot.keyClicks(filter_box, "leg")
    visible = [editor.list.item(i) for i in range(editor.list.count())]
    visible = [i for i in visible if not i.isHidden()]
    assert [i.text() for i in visible] == ["Legal"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(filter_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(document.roadmap, "use_case", "uc-plan").team_ids != ())
    assert find(document.roadmap, "use_case", "uc-plan").team_ids == ("team-legal",)
