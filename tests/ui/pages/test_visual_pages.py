"""Overview and Timeline in the main window: selection follows the user, gate review opens."""

from __future__ import annotations

from planner.model.kinds import EntityKind
from ui.dashboard.widget import DashboardWidget
from ui.dialogs.gate_review import GateReviewDialog
from ui.timeline.widget import TimelineWidget
from ui.views.browser import EntityBrowser
from ui.window.main_window import MainWindow


def _browser(window: MainWindow, page: str, kind: str) -> EntityBrowser:
    return next(b for b in window.page(page).findChildren(EntityBrowser) if b.kind == kind)


def test_picture_pages_are_the_dashboard_and_the_timeline(window: MainWindow) -> None:
    assert isinstance(window.page("overview"), DashboardWidget)
    assert isinstance(window.page("timeline"), TimelineWidget)


def test_table_selection_shows_in_the_timeline_and_back(window: MainWindow) -> None:
    use_case = window.document.roadmap.use_cases[3]
    window.navigate_to("use_case", use_case.id)
    assert window.visual_pages.selection == ("use_case", use_case.id)
    timeline = window.show_page("timeline")
    assert isinstance(timeline, TimelineWidget)
    assert timeline.selected() == ("use_case", use_case.id)

    stage = window.document.roadmap.stages[1]
    timeline.selection_changed.emit("stage", stage.id)  # as a click on its swimlane does
    window.show_page("stages")
    assert _browser(window, "stages", "stage").selected_ids() == [stage.id]
    assert window.visual_pages.selection == (EntityKind.STAGE, stage.id)


def test_a_table_selection_carries_its_kind_typed(window: MainWindow) -> None:
    use_case = window.document.roadmap.use_cases[2]
    _browser(window, "use_cases", "use_case").select(use_case.id)
    selection = window.visual_pages.selection
    assert selection == (EntityKind.USE_CASE, use_case.id)
    assert selection is not None
    assert selection[0] is EntityKind.USE_CASE


def test_gate_review_from_the_menu_reviews_the_selected_stage(window: MainWindow) -> None:
    stage = window.document.roadmap.stages[1]
    window.navigate_to("stage", stage.id)
    window.window_actions.gate_review.trigger()
    dialog = window.visual_pages.review_dialog
    assert isinstance(dialog, GateReviewDialog)
    assert stage.name in dialog.windowTitle()
    dialog.reject()


def test_baseline_chosen_in_the_dialog_is_shown_in_the_timeline(window: MainWindow) -> None:
    timeline = window.show_page("timeline")
    assert isinstance(timeline, TimelineWidget)
    baseline = window.document.roadmap.baselines[0]
    window.roadmap_dialogs.baseline_chosen.emit(baseline.id)
    assert timeline.view.baseline_id() == baseline.id
