"""The Gantt widget with real mouse and keyboard events (offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette

from planner import templates
from planner.model.entities import Roadmap, UseCase
from planner.model.kinds import EntityKind
from planner.timeline import GROUP, Zoom
from ui.app.theme import dark_palette
from ui.document import Document
from ui.timeline.view import TimelineView
from ui.timeline.widget import TimelineWidget

# The offscreen platform cannot raise the drag tooltip's window or size hints; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

AS_OF = dt.date(2026, 3, 2)
MINUTES = "uc-meeting-minutes"


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(templates.create(templates.SAMPLE, today=AS_OF))


@pytest.fixture
def widget(qtbot: QtBot, document: Document) -> TimelineWidget:
    w = TimelineWidget(document)
    qtbot.addWidget(w)
    w.set_as_of(AS_OF)
    w.resize(1300, 620)
    w.show()
    qtbot.waitExposed(w)
    w.set_zoom(Zoom.MONTH)
    return w


def _use_case(roadmap: Roadmap, use_case_id: str) -> UseCase:
    return next(u for u in roadmap.use_cases if u.id == use_case_id)


def _bar(view: TimelineView, kind: str, entity_id: str) -> tuple[int, QPointF, QPointF, QPointF]:
    """(row, left edge, centre, right edge) of a bar in viewport coordinates."""
    row = view.layout_.find(kind, entity_id)
    assert row is not None
    view.ensure_visible(row)
    rect = view.painter_().bar_rect(row, view.frame())
    y = rect.center().y()
    return (
        row,
        QPointF(rect.left() + 1, y),
        QPointF(rect.center().x(), y),
        QPointF(rect.right() - 1, y),
    )


def _drag(qtbot: QtBot, view: TimelineView, start: QPointF, dx: float) -> None:
    port = view.viewport()
    origin = start.toPoint()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=origin)
    qtbot.mouseMove(port, origin + QPoint(round(dx / 2), 0))
    qtbot.mouseMove(port, origin + QPoint(round(dx), 0))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=origin + QPoint(round(dx), 0))


# ------------------------------------------------------------------- dragging


def test_drag_a_bar_moves_its_dates_as_one_undo_step(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    view = widget.view
    before = _use_case(document.roadmap, MINUTES)
    _, _, centre, _ = _bar(view, "use_case", MINUTES)
    ppd = view.scale().px_per_day
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    qtbot.mouseMove(port, centre.toPoint() + QPoint(round(7 * ppd), 0))
    qtbot.mouseMove(port, centre.toPoint() + QPoint(round(14 * ppd), 0))
    assert "2 weeks later" in view.drag_text()
    assert "Meeting minutes" in view.drag_text()
    qtbot.mouseRelease(
        port, Qt.MouseButton.LeftButton, pos=centre.toPoint() + QPoint(round(14 * ppd), 0)
    )
    after = _use_case(document.roadmap, MINUTES)
    assert after.planned_start == before.planned_start + dt.timedelta(days=14)
    assert after.planned_end == before.planned_end + dt.timedelta(days=14)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Move 'Meeting minutes and action lists' 2 weeks later"
    assert view.drag_text() == ""
    document.undo_stack.undo()
    assert _use_case(document.roadmap, MINUTES) == before


def test_drag_the_right_edge_changes_the_end_only(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    view = widget.view
    before = _use_case(document.roadmap, MINUTES)
    _, _, _, right = _bar(view, "use_case", MINUTES)
    _drag(qtbot, view, right, 10 * view.scale().px_per_day)
    after = _use_case(document.roadmap, MINUTES)
    assert after.planned_start == before.planned_start
    assert after.planned_end == before.planned_end + dt.timedelta(days=10)
    assert document.undo_stack.count() == 1


def test_drag_the_left_edge_changes_the_start_only(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    view = widget.view
    before = _use_case(document.roadmap, MINUTES)
    _, left, _, _ = _bar(view, "use_case", MINUTES)
    _drag(qtbot, view, left, 5 * view.scale().px_per_day)
    after = _use_case(document.roadmap, MINUTES)
    assert after.planned_start == before.planned_start + dt.timedelta(days=5)
    assert after.planned_end == before.planned_end


def test_refused_drop_snaps_back_without_an_undo_step(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    view = widget.view
    roadmap = document.roadmap
    first, second = roadmap.stages[0], roadmap.stages[1]
    row, left, _, _ = _bar(view, "stage", second.id)
    rect_before = view.painter_().bar_rect(row, view.frame())
    days = (first.planned_start - second.planned_start).days - 14  # before stage 1 starts
    with qtbot.waitSignal(document.refused) as refused:
        _drag(qtbot, view, left, days * view.scale().px_per_day)
    assert "stage" in str(refused.args[0])
    assert document.roadmap is roadmap
    assert document.undo_stack.count() == 0
    assert view.painter_().bar_rect(row, view.frame()) == rect_before
    assert view.frame().drafts == {}


def test_a_click_without_moving_changes_nothing(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    _, _, centre, _ = _bar(widget.view, "use_case", MINUTES)
    roadmap = document.roadmap
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert document.roadmap is roadmap
    assert widget.selected() == ("use_case", MINUTES)


def test_read_only_roadmaps_cannot_be_dragged(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    document.set_read_only(True)
    roadmap = document.roadmap
    _, _, centre, _ = _bar(widget.view, "use_case", MINUTES)
    _drag(qtbot, widget.view, centre, 60)
    assert document.roadmap is roadmap


def test_dragging_a_stage_moves_its_use_cases(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    view = widget.view
    stage = document.roadmap.stages[2]
    members = [u for u in document.roadmap.use_cases if u.stage_id == stage.id]
    _, _, centre, _ = _bar(view, "stage", stage.id)
    _drag(qtbot, view, centre, 21 * view.scale().px_per_day)
    moved = {u.id: u for u in document.roadmap.use_cases}
    for before in members:
        assert moved[before.id].planned_start == before.planned_start + dt.timedelta(days=21)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText().startswith("Move stage 'Bespoke tasks'")


def test_quarter_zoom_snaps_to_weeks(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    widget.set_zoom(Zoom.QUARTER)
    view = widget.view
    before = _use_case(document.roadmap, MINUTES)
    _, _, centre, _ = _bar(view, "use_case", MINUTES)
    _drag(qtbot, view, centre, 16 * view.scale().px_per_day)  # 16 days → 2 weeks
    after = _use_case(document.roadmap, MINUTES)
    assert (after.planned_start - before.planned_start).days == 14


# ------------------------------------------------------------------- zoom


def test_zoom_levels_change_the_scale(widget: TimelineWidget) -> None:
    view = widget.view
    scales = {}
    for zoom in (Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER):
        widget.zoom_buttons[zoom].click()
        assert view.zoom() is zoom
        assert widget.zoom_buttons[zoom].isChecked()
        scales[zoom] = (view.scale().px_per_day, view.horizontalScrollBar().maximum())
    assert scales[Zoom.WEEK][0] > scales[Zoom.MONTH][0] > scales[Zoom.QUARTER][0]
    assert scales[Zoom.WEEK][1] > scales[Zoom.MONTH][1] >= scales[Zoom.QUARTER][1]
    view.zoom_out()
    assert view.zoom() is Zoom.QUARTER
    view.zoom_in()
    assert view.zoom() is Zoom.MONTH


def test_fit_to_window_shows_the_whole_plan(widget: TimelineWidget) -> None:
    view = widget.view
    widget.set_zoom(Zoom.FIT)
    assert view.horizontalScrollBar().maximum() == 0
    frame = view.frame()
    painter = view.painter_()
    for row, item in enumerate(view.layout_.rows):
        if item.kind != GROUP and row in frame.rows:
            rect = painter.bar_rect(row, frame)
            assert view.style_.label_width <= rect.left()
            assert rect.right() <= view.viewport().width()
    widget.resize(700, 620)
    widget.set_zoom(Zoom.FIT)
    assert view.horizontalScrollBar().maximum() == 0
    assert view.scale().px_per_day < tl_month()


def tl_month() -> float:
    from planner.timeline import ZOOM_PX_PER_DAY

    return ZOOM_PX_PER_DAY[Zoom.MONTH]


def test_ctrl_wheel_and_keys_zoom(qtbot: QtBot, widget: TimelineWidget) -> None:
    view = widget.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() is Zoom.QUARTER
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.zoom() is Zoom.FIT
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() in (Zoom.MONTH, Zoom.WEEK)


def test_overview_draws_bands_and_a_click_zooms_in(qtbot: QtBot, widget: TimelineWidget) -> None:
    view = widget.view
    widget.overview_button.setChecked(True)
    assert view.is_overview()
    bands = view.overview_bands()
    assert sum(b.stop - b.first for b in bands) == len(view.layout_.rows)
    assert not widget.grab().isNull()
    port = view.viewport()
    y = round(view.style_.header_height + view.viewport().height() * 0.9)
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    assert not view.is_overview()
    assert view.selected() is not None


# ------------------------------------------------------------------- selection


def test_clicking_a_row_emits_the_selection(qtbot: QtBot, widget: TimelineWidget) -> None:
    view = widget.view
    row = view.layout_.find("use_case", MINUTES)
    assert row is not None
    y = round(view.style_.header_height + (row + 0.5) * view.style_.row_height)
    with qtbot.waitSignal(widget.selection_changed) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, y))
    assert selected.args == ["use_case", MINUTES]
    assert "Meeting minutes" in view.accessibleDescription()


def test_select_scrolls_into_view_without_a_signal(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    stage = document.roadmap.stages[0]
    many = tuple(
        UseCase(id=f"uc-extra-{i}", name=f"Extra {i}", stage_id=stage.id,
                planned_start=stage.planned_start, planned_end=stage.planned_end)
        for i in range(200)
    )  # fmt: skip
    document.replace(document.roadmap.model_copy(update={"use_cases": many}))
    view = widget.view
    with qtbot.assertNotEmitted(widget.selection_changed):
        assert widget.select("use_case", "uc-extra-199")
    row = view.layout_.find("use_case", "uc-extra-199")
    assert view.verticalScrollBar().value() > 0
    assert row in view.frame().rows
    assert view.selected_row() == row
    assert not widget.select("use_case", "nope")
    # A decision selects its stage.
    assert widget.select("stage", stage.id)
    assert view.verticalScrollBar().value() == 0


def test_selecting_a_decision_selects_its_stage(widget: TimelineWidget, document: Document) -> None:
    decision = document.roadmap.decisions[0]
    assert widget.select("decision", decision.id)
    assert widget.selected() == ("stage", decision.stage_id)
    assert widget.show_entity("use_case", MINUTES)


def test_keyboard_moves_selection_and_bars(
    qtbot: QtBot, widget: TimelineWidget, document: Document
) -> None:
    view = widget.view
    widget.select("use_case", MINUTES)
    view.setFocus()
    before = _use_case(document.roadmap, MINUTES)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = _use_case(document.roadmap, MINUTES)
    assert moved.planned_start == before.planned_start + dt.timedelta(days=1)
    assert moved.planned_end == before.planned_end + dt.timedelta(days=1)
    qtbot.keyClick(
        view,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    shortened = _use_case(document.roadmap, MINUTES)
    assert shortened.planned_start == moved.planned_start
    assert shortened.planned_end == moved.planned_end - dt.timedelta(days=1)
    assert document.undo_stack.count() == 2
    with qtbot.waitSignal(widget.selection_changed) as selected:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert selected.args[1] == "uc-underwriting-memos"
    assert selected.args[0] is EntityKind.USE_CASE  # typed, not a free string
    with qtbot.waitSignal(widget.navigate) as navigate:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert navigate.args == ["use_case", "uc-underwriting-memos"]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert widget.selected() == ("stage", document.roadmap.stages[0].id)


def test_double_clicks_navigate_or_open_the_gate_review(
    qtbot: QtBot, widget: TimelineWidget
) -> None:
    view = widget.view
    _, _, centre, _ = _bar(view, "use_case", MINUTES)
    with qtbot.waitSignal(widget.navigate) as navigate:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert navigate.args == ["use_case", MINUTES]
    assert navigate.args[0] is EntityKind.USE_CASE
    mark = view.layout_.gates[0]
    point = view.painter_().diamond_centre(mark, view.frame())
    assert view.gate_at(point) == mark
    assert "Gate review" in view.tooltip_at(point)
    with qtbot.waitSignal(widget.review_requested) as review:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert review.args == [view.layout_.rows[mark.row].id]


def test_review_button_asks_for_the_selected_stage(qtbot: QtBot, widget: TimelineWidget) -> None:
    widget.select("use_case", MINUTES)
    with qtbot.waitSignal(widget.review_requested) as review:
        widget.review_button.click()
    assert review.args == ["stage-writing"]


# ------------------------------------------------------------------- what it shows


def test_tooltips_escape_names_and_show_slip(widget: TimelineWidget, document: Document) -> None:
    op_name = "<b>Minutes</b> & co"
    from planner.edit.operations import SetField

    assert document.execute(SetField("use_case", MINUTES, "name", op_name), "rename")
    view = widget.view
    _, _, centre, _ = _bar(view, "use_case", MINUTES)
    tip = view.tooltip_at(centre)
    assert "&lt;b&gt;Minutes&lt;/b&gt; &amp; co" in tip
    assert "Baseline 'Kick-off plan'" in tip
    assert "Slip: +4 wk" in tip


def test_gate_marks_are_evaluated_and_follow_the_as_of_date(
    qtbot: QtBot, widget: TimelineWidget
) -> None:
    view = widget.view
    assert len(view.layout_.gates) == 3
    later = AS_OF + dt.timedelta(days=400)
    widget.set_as_of(later)
    assert view.as_of() == later
    assert len(view.layout_.gates) == 3


def test_baseline_can_be_switched_off(widget: TimelineWidget) -> None:
    view = widget.view
    assert view.layout_.baseline_name == "Kick-off plan"
    box = widget.baseline_box
    box.setCurrentIndex(box.findData(""))
    box.activated.emit(box.currentIndex())
    assert view.layout_.baseline_id is None
    assert all(r.base_start is None for r in view.layout_.rows)


def test_edits_elsewhere_refresh_the_rows(widget: TimelineWidget, document: Document) -> None:
    from planner.edit.operations import Remove

    assert document.execute(Remove("use_case", MINUTES), "remove")
    assert widget.view.layout_.find("use_case", MINUTES) is None
    document.undo_stack.undo()
    assert widget.view.layout_.find("use_case", MINUTES) is not None


def test_dark_palette_and_accessibility(qtbot: QtBot, widget: TimelineWidget) -> None:
    view = widget.view
    assert view.accessibleName() == "Timeline"
    assert view.style_.dark is False
    view.setPalette(dark_palette())
    assert view.style_.dark is True
    assert view.style_.text == dark_palette().color(QPalette.ColorRole.Text)
    image = view.viewport().grab().toImage()
    assert not image.isNull()
    for zoom in (Zoom.WEEK, Zoom.QUARTER, Zoom.FIT):
        widget.set_zoom(zoom)
        assert not view.viewport().grab().isNull()
    for button in widget.zoom_buttons.values():
        assert button.accessibleName()
