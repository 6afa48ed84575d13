"""Editors take their limits and choices from the model, and never fake an edit."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from planner.model.fields import ValueType, field_spec
from ui.document import Document
from ui.editors.base import InvalidInput
from ui.editors.choices import BoolEditor, ChoiceEditor, RefListEditor
from ui.editors.dates import DateEditor, OptionalDateEditor
from ui.editors.delegate import EntityDelegate
from ui.editors.factory import create_editor
from ui.editors.numbers import FloatEditor, IntEditor, OptionalNumberEditor
from ui.editors.text import LineEditor, LongTextEditor, TextListEditor
from ui.models.proxy import EntityFilterProxy
from ui.models.table import EntityTableModel

sys.path.insert(0, str(Path(__file__).parents[1]))
from _editing_sample import sample


@pytest.fixture
def document(qapp) -> Document:
    return Document(sample())


def _editor(qtbot, document: Document, kind: str, field: str, entity_id: str | None = None):
    editor = create_editor(kind, field, document.roadmap, None, inline=False, entity_id=entity_id)
    qtbot.addWidget(editor)
    return editor


@pytest.mark.parametrize(
    ("kind", "field", "cls", "low", "high"),
    [
        ("team", "headcount", IntEditor, 0, 10_000_000),
        ("risk", "likelihood", IntEditor, 1, 5),
        ("use_case", "progress", IntEditor, 0, 100),
        ("criterion", "window_weeks", IntEditor, 1, 52),
        ("friction_point", "hours_lost_per_week", FloatEditor, 0, 168),
    ],
)
def test_number_ranges_come_from_the_model(qtbot, document, kind, field, cls, low, high) -> None:
    editor = _editor(qtbot, document, kind, field)
    assert isinstance(editor, cls)
    assert (editor.minimum(), editor.maximum()) == (low, high)


@pytest.mark.parametrize(
    ("kind", "field", "cls"),
    [
        ("stage", "name", LineEditor),
        ("stage", "goal", LongTextEditor),
        ("stage", "planned_start", DateEditor),
        ("stage", "actual_start", OptionalDateEditor),
        ("stage", "status", ChoiceEditor),
        ("stage", "team_ids", RefListEditor),
        ("use_case", "owner_id", ChoiceEditor),
        ("use_case", "value_per_year", OptionalNumberEditor),
        ("person", "is_ambassador", BoolEditor),
        ("decision", "attendees", TextListEditor),
    ],
)
def test_each_field_type_gets_its_editor(qtbot, document, kind, field, cls) -> None:
    assert isinstance(_editor(qtbot, document, kind, field), cls)


def test_every_editable_field_of_every_kind_has_an_editor(qtbot, document) -> None:
    from planner.model.fields import editable_fields
    from ui.models.columns import COLUMNS

    for kind in COLUMNS:
        for field in editable_fields(kind):
            editor = _editor(qtbot, document, kind, field)
            assert editor.accessibleName(), (kind, field)


def test_enum_choices_have_human_labels(qtbot, document) -> None:
    editor = _editor(qtbot, document, "stage", "status")
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Planned",
        "Active",
        "At gate",
        "Passed",
        "On hold",
        "Stopped",
    ]
    editor.set_value("at_gate")
    assert editor.currentText() == "At gate"
    assert editor.value() == "at_gate"
    optional = _editor(qtbot, document, "decision", "suggested")
    assert optional.itemText(0) == "— none —"
    optional.set_value(None)
    assert optional.value() is None


def test_reference_picker_lists_names_and_none(qtbot, document) -> None:
    editor = _editor(qtbot, document, "use_case", "owner_id")
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "— none —",
        "Anna",
        "Bob",
        "Cleo",
    ]
    editor.set_value("p-bob")
    assert editor.currentText() == "Bob"
    required = _editor(qtbot, document, "criterion", "metric_id")
    assert required.itemText(0) == "Weekly active users"  # no "none" for a required reference


def test_a_use_case_cannot_depend_on_itself(qtbot, document) -> None:
    editor = _editor(qtbot, document, "use_case", "depends_on", entity_id="uc-min")
    items = [editor.list.item(i) for i in range(editor.list.count())]
    assert [i.text() for i in items if not i.isHidden()] == ["Claims letters", "Project plans"]
    # Hidden, not removed: moving to another use case does not rebuild the list.
    from planner.model.fields import field_spec
    from ui.editors.factory import refresh_choices

    refresh_choices(editor, field_spec("use_case", "depends_on"), document.roadmap, "uc-plan")
    assert [i.text() for i in items if not i.isHidden()] == ["Meeting minutes", "Claims letters"]
    editor.filter.setText("plans")
    assert [i.text() for i in items if not i.isHidden()] == []


def test_reference_list_keeps_the_stored_order(qtbot, document) -> None:
    editor = _editor(qtbot, document, "use_case", "friction_point_ids")
    editor.set_value(("fp-letters", "fp-min"))
    assert editor.value() == ("fp-letters", "fp-min")
    editor.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # fp-letters
    assert editor.value() == ("fp-min",)


def test_duplicate_titles_are_told_apart(qtbot, document) -> None:
    from planner.edit.operations import SetField

    document.execute(SetField("person", "p-bob", "name", "Anna"), "rename")
    editor = _editor(qtbot, document, "use_case", "owner_id")
    assert editor.itemText(1) == "Anna (p-anna)"
    assert editor.itemText(2) == "Anna (p-bob)"


def test_optional_date_can_be_cleared_and_set(qtbot, document) -> None:
    editor = _editor(qtbot, document, "stage", "actual_start")
    edits: list[None] = []
    editor.edited.connect(lambda: edits.append(None))
    editor.set_value(dt.date(2026, 1, 12))
    assert editor.value() == dt.date(2026, 1, 12)
    assert edits == []  # set_value is not a user edit
    editor.check.click()
    assert editor.value() is None
    assert edits == [None]
    editor.set_default(dt.date(2026, 2, 2))
    editor.check.click()
    assert editor.value() == dt.date(2026, 2, 2)
    assert editor.date.calendarPopup()


def test_optional_number_reads_locale_numbers_and_refuses_text(qtbot, document) -> None:
    editor = _editor(qtbot, document, "use_case", "value_per_year")
    editor.setText("")
    assert editor.value() is None
    editor.setText(QLocale().toString(1234.5, "f", 1))
    assert editor.value() == 1234.5
    editor.setText("lots")
    with pytest.raises(InvalidInput, match="'lots' is not a number"):
        editor.value()
    whole = _editor(qtbot, document, "measurement", "sample_size")
    whole.setText("2.5")
    with pytest.raises(InvalidInput, match="whole number"):
        whole.value()


def test_untouched_float_is_not_rounded_into_an_edit(qtbot, document) -> None:
    editor = FloatEditor(None, 0, 100, decimals=2)
    qtbot.addWidget(editor)
    editor.set_value(1.23456)
    assert editor.value() == 1.23456
    editor.setValue(2.5)
    assert editor.value() == 2.5


def test_text_list_is_one_name_per_line(qtbot, document) -> None:
    editor = _editor(qtbot, document, "decision", "attendees")
    editor.set_value(("Anna", "Dana"))
    assert editor.toPlainText() == "Anna\nDana"
    editor.setPlainText("Anna\n\n  Eve  \n")
    assert editor.value() == ("Anna", "Eve")


def test_inline_long_text_enter_finishes_shift_enter_breaks_the_line(qtbot) -> None:
    editor = LongTextEditor(None, inline=True)
    qtbot.addWidget(editor)
    submitted: list[None] = []
    editor.submit.connect(lambda: submitted.append(None))
    qtbot.keyClicks(editor, "one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "two")
    assert editor.value() == "one\ntwo"
    assert submitted == []
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert submitted == [None]


def test_unreadable_number_in_a_cell_is_refused_with_a_message(qtbot, document) -> None:
    model = EntityTableModel(document, "use_case")
    proxy = EntityFilterProxy(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    delegate = EntityDelegate(document, "use_case", view)
    index = proxy.index(0, model.column_of("value_per_year"))
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    editor.setText("a lot")
    with qtbot.waitSignal(document.refused) as refused:
        delegate.setModelData(editor, proxy, index)
    assert "'a lot' is not a number" in refused.args[0]
    assert document.undo_stack.count() == 0
    editor.setText("2500")
    delegate.setModelData(editor, proxy, index)
    assert document.roadmap.use_cases[0].value_per_year == 2500
    editor.deleteLater()


def test_booleans_have_no_cell_editor_but_toggle_in_place(qtbot, document) -> None:
    model = EntityTableModel(document, "person")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = EntityDelegate(document, "person", view)
    index = model.index(0, model.column_of("is_key_user"))
    assert field_spec("person", "is_key_user").value_type is ValueType.BOOL
    assert delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index) is None


def test_renamed_choices_update_in_place(qtbot, document) -> None:
    combo = _editor(qtbot, document, "use_case", "owner_id")
    combo.set_value("p-bob")
    first_item_model = combo.model()
    combo.set_choices([("Anna", "p-anna"), ("Robert", "p-bob"), ("Cleo", "p-cleo")], True)
    assert combo.model() is first_item_model
    assert combo.currentText() == "Robert"
    assert combo.value() == "p-bob"
    lst = _editor(qtbot, document, "use_case", "team_ids")
    lst.set_value(("team-legal",))
    lst.set_choices([("Claims", "team-claims"), ("Legal & compliance", "team-legal")])
    assert lst.list.item(1).text() == "Legal & compliance"
    assert lst.value() == ("team-legal",)
