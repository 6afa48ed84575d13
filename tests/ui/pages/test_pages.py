"""The table pages, driven like a person would: keyboard edits, toolbar actions, undo."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateTimeEdit, QLineEdit, QWidget

from planner.model.kinds import find
from ui.app.prompts import ScriptedPrompter
from ui.document import Document
from ui.pages.registry import table_pages
from ui.views.browser import EntityBrowser

sys.path.insert(0, str(Path(__file__).parents[1]))
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
    if isinstance(editor, QDateTimeEdit):
        # Typing over a select-all loses the first section: type from the first one.
        editor.setSelectedSection(editor.sectionAt(0))
    elif isinstance(editor, QLineEdit | QAbstractSpinBox):
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, keys)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browser.table)


def test_pages_are_listed_in_navigator_order(qapp) -> None:
    pages = table_pages()
    assert [p.key for p in pages] == [
        "stages",
        "use_cases",
        "scale_out",
        "friction_points",
        "people",
        "data_sources",
        "measurements",
        "decisions",
        "risks",
        "costs",
    ]
    assert pages[0].title() == "Stages & gates"
    assert pages[4].kinds == ("person", "team")


@pytest.mark.parametrize("spec", table_pages(), ids=lambda s: s.key)
def test_every_page_builds_and_shows_each_of_its_kinds(qtbot, document: Document, spec) -> None:
    page = _show(qtbot, spec.factory(document, None))
    roadmap = document.roadmap
    for kind in spec.kinds:
        from planner.model.kinds import kind as kind_of

        entities = kind_of(kind).entities(roadmap)
        assert entities, kind
        assert page.show_entity(kind, entities[-1].id)
        assert not page.show_entity(kind, "no-such-id")
        if kind == "register_entry":  # shown in the register tab of its use case
            assert page.tabs.currentWidget() is page.register
            assert page.register.use_case_id() == entities[-1].use_case_id
            continue
        assert page.show_entity(kind, entities[-1].id)
        browser = page.browsers[kind]
        assert browser.current_id() == entities[-1].id
        assert browser.detail.entity_id() == entities[-1].id


def test_keyboard_edit_then_undo_and_redo(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    _edit_cell(qtbot, browser, "uc-min", "name", "Minutes of meetings")
    assert find(document.roadmap, "use_case", "uc-min").name == "Minutes of meetings"
    assert document.undo_stack.undoText() == "Change name of 'Meeting minutes'"
    _edit_cell(qtbot, browser, "uc-min", "planned_end", "27")
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
    _edit_cell(qtbot, browser, "uc-min", "planned_end", "1 Jan 2025")
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


def test_typing_burst_in_the_detail_panel_is_one_undo_step(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    assert browser.select("uc-min")
    name = browser.detail.editors["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Minutes v2")
    uc = find(document.roadmap, "use_case", "uc-min")
    assert uc.name == "Minutes v2"  # committed while typing
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change name of 'Meeting minutes'"
    # The table shows it at once.
    index = browser.model.index(browser.model.row_of("uc-min"), browser.model.column_of("name"))
    assert index.data() == "Minutes v2"
    document.undo_stack.undo()
    assert find(document.roadmap, "use_case", "uc-min").name == "Meeting minutes"
    assert name.text() == "Meeting minutes"


def test_long_text_typing_in_the_detail_panel(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    browser.select("uc-plan")
    text = browser.detail.editors["description"]
    text.setFocus()
    qtbot.keyClicks(text, "First line")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "second")
    assert find(document.roadmap, "use_case", "uc-plan").description == "First line\nsecond"
    assert document.undo_stack.count() == 1


def test_empty_name_in_the_detail_panel_is_refused_and_keeps_the_typing(
    qtbot, document: Document
) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    browser.select("uc-min")
    name = browser.detail.editors["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert name.text() == ""  # what the user did stays visible
    assert find(document.roadmap, "use_case", "uc-min").name == "Meeting minutes"
    assert document.undo_stack.count() == 0
    assert "at least 1" in page.messages.text()
    qtbot.keyClicks(name, "Notes")
    assert find(document.roadmap, "use_case", "uc-min").name == "Notes"
    assert document.undo_stack.count() == 1
    assert page.messages.text() == ""
    # Refused again, then leaving the box shows the stored name.
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    browser.table.setFocus()
    qtbot.waitUntil(lambda: name.text() == "Notes")


def test_detail_panel_pickers_edit_references(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    browser.select("uc-letters")
    stage = browser.detail.editors["stage_id"]
    assert stage.currentText() == "Writing assistance"
    stage.setFocus()
    qtbot.keyClicks(stage, "Pro")  # type-ahead picks "Project management" by name
    assert find(document.roadmap, "use_case", "uc-letters").stage_id == "st-pm"
    teams = browser.detail.editors["team_ids"]
    teams.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert find(document.roadmap, "use_case", "uc-letters").team_ids == ("team-legal",)
    assert document.undo_stack.count() == 2


def test_delete_with_references_warns_and_one_undo_restores_everything(
    qtbot, document: Document
) -> None:
    page = _page(qtbot, document, "stages")
    prompter = ScriptedPrompter({"delete-referenced": ["cancel", "delete"]})
    page.set_prompter(prompter)
    browser = page.browsers["stage"]
    before = document.roadmap
    assert browser.select("st-write")
    assert not browser.delete()  # cancelled
    assert document.roadmap is before
    asked = prompter.asked[0]
    assert "stage 'Writing assistance'" in asked.text
    assert "Also deleted: 2 gate criteria" in asked.informative
    assert "1 gate decision" in asked.informative
    assert "Kept but no longer linked to it: 2 use cases" in asked.informative
    assert "'Meeting minutes'" in asked.informative
    assert browser.delete()
    roadmap = document.roadmap
    assert [s.id for s in roadmap.stages] == ["st-pm"]
    assert all(c.stage_id == "st-pm" for c in roadmap.criteria)
    assert roadmap.decisions == ()
    assert find(roadmap, "use_case", "uc-min").stage_id is None
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Delete stage 'Writing assistance'"
    document.undo_stack.undo()
    assert document.roadmap == before
    assert browser.model.ids() == ["st-write", "st-pm"]


def test_delete_without_references_asks_nothing(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "risks")
    prompter = ScriptedPrompter()
    page.set_prompter(prompter)
    browser = page.browsers["risk"]
    browser.select("risk-1")
    assert browser.delete()
    assert prompter.asked == []
    assert document.roadmap.risks == ()
    document.undo_stack.undo()
    assert browser.model.ids() == ["risk-1"]


def test_add_selects_the_new_row_and_edits_its_name(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    browser.select("uc-plan")
    assert browser.add()
    new = document.roadmap.use_cases[-1]
    assert new.name == "New use case"
    assert new.stage_id == "st-pm"  # the stage of the selected use case
    assert (new.planned_start, new.planned_end) == (dt.date(2026, 4, 6), dt.date(2026, 6, 26))
    assert browser.current_id() == new.id
    assert document.undo_stack.undoText() == "Add use case 'New use case'"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # typing names it straight away
    qtbot.keyClicks(editor, "Status reports")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.roadmap.use_cases[-1].name == "Status reports")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert len(document.roadmap.use_cases) == 3


def test_duplicate_copies_with_a_new_id_and_name(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "stages")
    browser = page.browsers["stage"]
    browser.select("st-pm")
    assert browser.duplicate()
    stages = document.roadmap.stages
    assert [s.name for s in stages] == [
        "Writing assistance",
        "Project management",
        "Project management (copy)",
    ]
    copy = stages[2]
    assert copy.id not in ("st-write", "st-pm")
    assert browser.current_id() == copy.id
    # Its gate criteria came along (with new ids), in the same undo step.
    copied = [c for c in document.roadmap.criteria if c.stage_id == copy.id]
    assert [c.metric_id for c in copied] == ["met-wau"]
    assert page.criteria.model.ids() == [copied[0].id]
    assert document.undo_stack.undoText() == "Duplicate stage 'Project management'"
    document.undo_stack.undo()
    assert len(document.roadmap.criteria) == 3


def test_move_criteria_and_stage_order_rule(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "stages")
    criteria = page.criteria
    assert criteria.model.ids() == ["cr-wau", "cr-sat"]
    criteria.select("cr-sat")
    assert criteria.move_up_action.isEnabled()
    assert criteria.move_up()
    assert criteria.model.ids() == ["cr-sat", "cr-wau"]
    assert criteria.current_id() == "cr-sat"
    assert document.undo_stack.undoText() == "Move gate criterion 'Satisfaction' up"
    assert not criteria.move_up_action.isEnabled()
    document.undo_stack.undo()
    assert criteria.model.ids() == ["cr-wau", "cr-sat"]
    # Stages follow one another: moving one before an earlier one is refused, with the reason.
    stages = page.browsers["stage"]
    stages.select("st-pm")
    assert not stages.move_up()
    assert "before the stage before it" in page.messages.text()
    assert [s.id for s in document.roadmap.stages] == ["st-write", "st-pm"]


def test_criteria_follow_the_selected_stage(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "stages")
    stages = page.browsers["stage"]
    assert stages.current_id() == "st-write"
    assert page.criteria.model.ids() == ["cr-wau", "cr-sat"]
    assert page.decisions.model.ids() == ["dec-1"]
    stages.select("st-pm")
    assert page.criteria.model.ids() == ["cr-pm"]
    assert page.decisions.model.ids() == []
    assert page.criteria.add()
    added = document.roadmap.criteria[-1]
    assert added.stage_id == "st-pm"
    assert added.metric_id == "met-sat"  # the first metric this stage does not use yet
    assert page.criteria.model.ids() == ["cr-pm", added.id]


def test_filter_sort_and_show_entity(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    qtbot.keyClicks(browser.filter, "project")
    assert browser.proxy.rowCount() == 1
    # Navigating to a row the filter hides clears the filter.
    assert page.show_entity("use_case", "uc-min")
    assert browser.filter.text() == ""
    assert browser.current_id() == "uc-min"
    header = browser.table.horizontalHeader()
    section = browser.model.column_of("planned_start")
    x = header.sectionViewportPosition(section) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert browser.model.ids() == ["uc-min", "uc-letters", "uc-plan"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert browser.model.ids() == ["uc-plan", "uc-letters", "uc-min"]
    assert browser.current_id() == "uc-min"  # the selection follows the row


def test_copy_and_paste_rows_as_one_step(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    browser.select("uc-min")
    browser.table.selectionModel().select(
        browser.proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert browser.copy()
    text = QApplication.clipboard().text()
    assert text.splitlines()[0].startswith("Name\tStage")
    assert "Claims letters" in text
    assert browser.paste()
    use_cases = document.roadmap.use_cases
    assert len(use_cases) == 5
    pasted = [u for u in use_cases if u.id not in ("uc-min", "uc-letters", "uc-plan")]
    assert [u.name for u in pasted] == ["Meeting minutes", "Claims letters"]
    # The pasted letters depend on the pasted minutes, not on the original.
    assert pasted[1].depends_on == (pasted[0].id,)
    assert document.undo_stack.undoText() == "Paste 2 use cases"
    document.undo_stack.undo()
    assert len(document.roadmap.use_cases) == 3


def test_paste_of_the_wrong_kind_is_refused_with_a_message(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "risks")
    browser = page.browsers["risk"]
    browser.select("risk-1")
    assert browser.copy()
    people = _page(qtbot, document, "people")
    assert not people.browsers["person"].paste()
    assert "risks" in people.messages.text()
    QApplication.clipboard().setText("{not json")
    assert not browser.paste()
    assert document.undo_stack.count() == 0


def test_read_only_document_disables_editing(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    browser.select("uc-min")
    document.set_read_only(True)
    assert not browser.add_action.isEnabled()
    assert not browser.delete_action.isEnabled()
    assert browser.copy_action.isEnabled()
    assert not browser.detail.editors["name"].isEnabled()
    index = browser.table.currentIndex()
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    document.set_read_only(False)
    assert browser.add_action.isEnabled()
    assert browser.detail.editors["name"].isEnabled()


def test_user_text_is_shown_as_plain_text(qtbot, document: Document) -> None:
    from planner.edit.operations import SetField

    document.execute(SetField("use_case", "uc-min", "name", "<b>x</b>"), "rename")
    page = _page(qtbot, document, "use_cases")
    browser = page.browsers["use_case"]
    browser.select("uc-min")
    heading = browser.detail.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text() == "Use case: <b>x</b>"
    index = browser.table.currentIndex()
    assert index.data() == "<b>x</b>"


def test_keyboard_shortcuts_in_the_table(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "risks")
    prompter = ScriptedPrompter()
    page.set_prompter(prompter)
    browser = page.browsers["risk"]
    browser.select("risk-1")
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(browser.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(document.roadmap.risks) == 2
    qtbot.keyClick(browser.table, Qt.Key.Key_Delete)
    assert len(document.roadmap.risks) == 1
    qtbot.keyClick(browser.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [r.title for r in document.roadmap.risks] == ["Low adoption", "Low adoption (copy)"]
    assert document.undo_stack.count() == 3


def test_undo_key_in_a_detail_box_undoes_the_document(qtbot, document: Document) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    page = _page(qtbot, document, "use_cases")
    undo = QAction("Undo", page)  # what the main window's Edit ▸ Undo does
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(document.undo_stack.undo)
    page.addAction(undo)
    browser = page.browsers["use_case"]
    browser.select("uc-min")
    name = browser.detail.editors["name"]
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " 2026")
    assert find(document.roadmap, "use_case", "uc-min").name == "Meeting minutes 2026"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert find(document.roadmap, "use_case", "uc-min").name == "Meeting minutes"
    assert name.text() == "Meeting minutes"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.index() == 0


def test_empty_name_typed_in_a_cell_is_refused(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "people")
    browser = page.browsers["person"]
    column = browser.model.column_of("name")
    assert browser.select("p-bob", column)
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browser.table)
    assert "at least 1" in page.messages.text()
    assert find(document.roadmap, "person", "p-bob").name == "Bob"
    assert browser.table.currentIndex().data() == "Bob"
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize("spec", table_pages(), ids=lambda s: s.key)
def test_every_control_has_an_accessible_name(qtbot, document: Document, spec) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QPlainTextEdit,
    )

    page = _show(qtbot, spec.factory(document, None))
    interactive = (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QAbstractSpinBox,
        QPlainTextEdit,
    )
    unnamed = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, interactive) or not widget.isVisibleTo(page):
            continue
        inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
        if isinstance(widget, QLineEdit) and inner:
            continue  # the inner line edit of a spin box or combo box
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()} {widget.parent()}")
    assert unnamed == []


def test_pages_deleted_after_a_language_change_leave_no_live_connections(qtbot, document) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for spec in table_pages():
        page = spec.factory(document, None)
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from planner.edit.operations import SetField

    # Every signal a page listened to fires once more: nothing may reach a deleted widget.
    assert document.execute(SetField("risk", "risk-1", "impact", 5), "edit")
    document.refused.emit("a message")
    document.set_read_only(True)
    document.set_read_only(False)
    document.replace(sample())


def test_stages_page_shows_a_decision_in_its_stage(qtbot, document: Document) -> None:
    page = _page(qtbot, document, "stages")
    page.browsers["stage"].select("st-pm")
    assert page.show_entity("decision", "dec-1")
    assert page.browsers["stage"].current_id() == "st-write"
    assert page.tabs.currentWidget() is page.decisions
    assert page.decisions.current_id() == "dec-1"
