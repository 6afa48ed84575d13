"""The table models: Qt's model contract, reading the roadmap, edits through the document."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from planner.edit.operations import Insert, Remove, SetField
from planner.model.entities import StageStatus
from planner.model.kinds import KINDS
from ui.document import Document
from ui.models.columns import COLUMNS
from ui.models.display import format_number
from ui.models.proxy import EntityFilterProxy
from ui.models.table import FIELD_ROLE, ID_ROLE, VALUE_ROLE, EntityTableModel, plain_tooltip

sys.path.insert(0, str(Path(__file__).parents[1]))
from _editing_sample import sample

TABLE_KINDS = sorted(COLUMNS)


@pytest.fixture
def document(qapp) -> Document:
    return Document(sample())


def _cell(model: EntityTableModel, entity_id: str, key: str) -> QModelIndex:
    row = model.row_of(entity_id)
    assert row is not None
    return model.index(row, model.column_of(key))


@pytest.mark.parametrize("kind", TABLE_KINDS)
def test_every_model_passes_qt_model_tester(qtmodeltester, document: Document, kind: str) -> None:
    model = EntityTableModel(document, kind)
    qtmodeltester.check(model)
    proxy = EntityFilterProxy(model)
    qtmodeltester.check(proxy)


def test_every_kind_shown_in_a_page_has_columns() -> None:
    shown = {k.name for k in KINDS} - {"baseline", "register_entry"}  # register: its own panel
    assert shown == set(COLUMNS)


def test_cells_read_the_roadmap(document: Document) -> None:
    model = EntityTableModel(document, "use_case")
    assert model.ids() == ["uc-min", "uc-letters", "uc-plan"]
    assert _cell(model, "uc-min", "stage_id").data() == "Writing assistance"
    assert _cell(model, "uc-min", "stage_id").data(VALUE_ROLE) == "st-write"
    assert _cell(model, "uc-min", "team_ids").data() == "Claims"
    assert _cell(model, "uc-min", "planned_start").data() == "12 Jan 2026"  # ISO only in files
    assert _cell(model, "uc-min", "status").data() == "Planned"
    assert _cell(model, "uc-min", "name").data(ID_ROLE) == "uc-min"
    assert _cell(model, "uc-min", "name").data(FIELD_ROLE) == "name"
    # Entered value 5000, cost 2000 → ROI 150 %.
    assert _cell(model, "uc-plan", "value").data() == f"{format_number(5000, 0)} EUR"
    assert _cell(model, "uc-plan", "roi").data() == "150 %"
    assert _cell(model, "uc-min", "data_readiness").data() == "1"


def test_computed_columns_are_read_only_italic_and_explained(document: Document) -> None:
    model = EntityTableModel(document, "friction_point")
    index = _cell(model, "fp-min", "cost_per_year")
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Computed" in index.data(Qt.ItemDataRole.ToolTipRole)
    # 2 h × 30 people × 45 weeks × 60 EUR
    assert index.data(VALUE_ROLE) == pytest.approx(2 * 30 * 45 * 60)
    assert not model.setData(index, 1.0)
    name = _cell(model, "fp-min", "title")
    assert name.flags() & Qt.ItemFlag.ItemIsEditable
    assert name.data(Qt.ItemDataRole.FontRole) is None


def test_boolean_cells_are_check_boxes(document: Document) -> None:
    model = EntityTableModel(document, "person")
    index = _cell(model, "p-bob", "is_ambassador")
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.roadmap.people[1].is_ambassador
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert document.undo_stack.undoText() == "Change ambassador of 'Bob'"


def test_set_data_is_one_undoable_edit_with_a_readable_name(
    qtbot, qtmodeltester, document: Document
) -> None:
    model = EntityTableModel(document, "use_case")
    qtmodeltester.check(model)
    index = _cell(model, "uc-min", "planned_end")
    with qtbot.waitSignal(model.dataChanged) as signal:
        assert model.setData(index, dt.date(2026, 3, 27))
    assert signal.args[0].row() == index.row()
    assert index.data() == "27 Mar 2026"
    assert document.undo_stack.undoText() == "Change planned end of 'Meeting minutes'"
    document.undo_stack.undo()
    assert index.data() == "20 Mar 2026"
    document.undo_stack.redo()
    assert index.data() == "27 Mar 2026"
    # The same value again changes nothing and adds no step.
    assert model.setData(index, dt.date(2026, 3, 27))
    assert document.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("kind", "entity_id", "key", "value", "words"),
    [
        ("use_case", "uc-min", "planned_end", dt.date(2025, 1, 1), "before it starts"),
        ("team", "team-claims", "headcount", -5, "greater than or equal"),
        ("use_case", "uc-min", "name", "", "at least 1"),
        ("stage", "st-write", "name", "two\nlines", "single line"),
    ],
)
def test_invalid_edit_is_refused_and_leaves_no_trace(
    qtbot, document: Document, kind: str, entity_id: str, key: str, value: object, words: str
) -> None:
    model = EntityTableModel(document, kind)
    index = _cell(model, entity_id, key)
    before_text = index.data()
    before = document.roadmap
    with qtbot.waitSignal(document.refused) as refused:
        assert not model.setData(index, value)
    assert words in refused.args[0]
    assert document.roadmap is before
    assert document.undo_stack.count() == 0
    assert index.data() == before_text


def test_reference_titles_follow_renames(qtbot, document: Document) -> None:
    model = EntityTableModel(document, "use_case")
    index = _cell(model, "uc-min", "stage_id")
    with qtbot.waitSignal(model.dataChanged):
        document.execute(SetField("stage", "st-write", "name", "Writing"), "rename")
    assert index.data() == "Writing"


def test_insert_remove_and_undo_keep_rows_and_persistent_indexes(
    qtbot, qtmodeltester, document: Document
) -> None:
    model = EntityTableModel(document, "use_case")
    qtmodeltester.check(model)
    last = QPersistentModelIndex(_cell(model, "uc-plan", "name"))
    with qtbot.waitSignal(model.rowsRemoved):
        document.execute(Remove("use_case", "uc-min"), "Delete")
    assert model.ids() == ["uc-letters", "uc-plan"]
    assert last.row() == 1
    # The reference from uc-letters.depends_on was detached, in the same step.
    assert _cell(model, "uc-letters", "depends_on").data() == ""
    with qtbot.waitSignal(model.rowsInserted):
        document.undo_stack.undo()
    assert model.ids() == ["uc-min", "uc-letters", "uc-plan"]
    assert last.row() == 2
    assert _cell(model, "uc-letters", "depends_on").data() == "Meeting minutes"
    uc = document.roadmap.use_cases[0].model_copy(update={"id": "uc-new", "name": "New"})
    with qtbot.waitSignal(model.rowsInserted):
        document.execute(Insert("use_case", 1, uc), "Add")
    assert model.ids() == ["uc-min", "uc-new", "uc-letters", "uc-plan"]


def test_sorting_by_dates_numbers_and_text_keeps_selection(qtmodeltester, document) -> None:
    model = EntityTableModel(document, "use_case")
    proxy = EntityFilterProxy(model)
    qtmodeltester.check(proxy)
    plan = QPersistentModelIndex(_cell(model, "uc-plan", "name"))
    proxy.sort(model.column_of("planned_end"), Qt.SortOrder.DescendingOrder)
    assert model.ids() == ["uc-plan", "uc-letters", "uc-min"]
    assert plan.row() == 0
    proxy.sort(model.column_of("name"), Qt.SortOrder.AscendingOrder)
    assert model.ids() == ["uc-letters", "uc-min", "uc-plan"]
    # Empty values go last whichever the direction.
    proxy.sort(model.column_of("roi"), Qt.SortOrder.DescendingOrder)
    assert model.ids()[-1] == "uc-letters"
    proxy.sort(model.column_of("roi"), Qt.SortOrder.AscendingOrder)
    assert model.ids()[-1] == "uc-letters"
    proxy.sort(-1)
    assert model.ids() == ["uc-min", "uc-letters", "uc-plan"]


def test_sorted_rows_follow_edits(document: Document) -> None:
    model = EntityTableModel(document, "use_case")
    model.sort(model.column_of("name"))
    assert model.ids() == ["uc-letters", "uc-min", "uc-plan"]
    document.execute(SetField("use_case", "uc-plan", "name", "A plan"), "rename")
    assert model.ids() == ["uc-plan", "uc-letters", "uc-min"]


def test_filter_matches_every_word_in_any_column(document: Document) -> None:
    model = EntityTableModel(document, "use_case")
    proxy = EntityFilterProxy(model)
    proxy.set_filter_text("WRITING")  # the stage's name, case-insensitive
    assert proxy.rowCount() == 2
    proxy.set_filter_text("writing letters")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ID_ROLE) == "uc-letters"
    proxy.set_filter_text("replies")
    assert proxy.rowCount() == 0
    document.execute(SetField("use_case", "uc-letters", "name", "Replies"), "rename")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3


def test_row_filter_shows_one_stage_criteria(qtmodeltester, document: Document) -> None:
    model = EntityTableModel(document, "criterion", hidden=frozenset({"stage_id"}))
    model.set_row_filter(lambda c: c.stage_id == "st-write")
    qtmodeltester.check(model)
    assert model.ids() == ["cr-wau", "cr-sat"]
    assert _cell(model, "cr-wau", "metric_id").data() == "Weekly active users"
    document.execute(SetField("criterion", "cr-pm", "stage_id", "st-write"), "move")
    assert model.ids() == ["cr-wau", "cr-sat", "cr-pm"]


def test_whole_document_replaced_resets(qtbot, document: Document) -> None:
    model = EntityTableModel(document, "stage")
    with qtbot.waitSignal(model.modelReset):
        document.replace(sample().model_copy(update={"stages": ()}))
    assert model.rowCount() == 0


def test_user_text_in_tooltips_is_never_markup() -> None:
    tip = plain_tooltip("<b>bold</b> & <img src='file:///x'>")
    assert "<b>" not in tip
    assert "&lt;b&gt;" in tip
    assert "<img" not in tip


def test_enum_edit(document: Document) -> None:
    model = EntityTableModel(document, "stage")
    assert model.setData(_cell(model, "st-pm", "status"), StageStatus.ACTIVE)
    assert document.roadmap.stages[1].status is StageStatus.ACTIVE
    assert _cell(model, "st-pm", "status").data() == "Active"


def test_read_only_document_makes_cells_read_only(document: Document) -> None:
    model = EntityTableModel(document, "stage")
    document.set_read_only(True)
    index = _cell(model, "st-pm", "name")
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "x")
    assert document.roadmap.stages[1].name == "Project management"


def test_measurement_scope_moves_from_stage_to_use_case_in_one_step(document: Document) -> None:
    model = EntityTableModel(document, "measurement")
    assert model.setData(_cell(model, "m-1", "use_case_id"), "uc-min")
    moved = document.roadmap.measurements[0]
    assert (moved.id, moved.stage_id, moved.use_case_id) == ("m-1", None, "uc-min")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change use case of 'Weekly active users 2 Feb 2026'"
    document.undo_stack.undo()
    assert document.roadmap == sample()
    # Clearing the only scope is refused: a measurement needs one.
    assert not model.setData(_cell(model, "m-1", "stage_id"), None)
