"""The Overview and Timeline pages, the gate review, and selection kept in step.

The main window builds its two picture pages here. What the user selects —
a bar in the timeline, a row in the stages or use-cases table — is remembered,
and the other view shows the same item when the user switches to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from planner.model.kinds import EntityKind
from ui.dashboard.widget import DashboardWidget
from ui.document import Document
from ui.pages.registry import shows_entities

if TYPE_CHECKING:
    from ui.dialogs.gate_review import GateReviewDialog
    from ui.timeline.widget import TimelineWidget

SYNCED_KINDS = (EntityKind.STAGE, EntityKind.USE_CASE)
"""Kinds both the timeline and a table show."""


@runtime_checkable
class TableLike(Protocol):
    """A page that announces the entity current in its tables and answers which it is
    (the table pages, :class:`ui.pages.base.TablePage`: named by what they do, so that
    the window's first frame does not import the tables' machinery)."""

    @property
    def current_changed(self) -> SignalInstance: ...

    def current_id(self, kind: EntityKind) -> str | None: ...


class VisualPages(QObject):
    """Builds the Overview and Timeline, opens gate reviews, keeps the selection in step."""

    navigate = Signal(object, str)
    """The user asked to see an entity (kind, id)."""
    properties_requested = Signal()
    """The user asked for the roadmap properties (the value card's Assumptions…)."""

    def __init__(
        self,
        document: Document,
        shown_baseline: Callable[[], str | None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.document = document
        self.shown_baseline = shown_baseline
        self.dialog_parent = dialog_parent
        self.timeline: TimelineWidget | None = None
        self.dashboard: DashboardWidget | None = None
        self.review_dialog: GateReviewDialog | None = None
        self.selection: tuple[EntityKind, str] | None = None
        self._applied: dict[str, tuple[EntityKind, str] | None] = {}

    # ------------------------------------------------------------ pages

    def make_dashboard(self, document: Document, parent: QWidget | None) -> QWidget:
        widget = DashboardWidget(document, parent)
        widget.navigate.connect(self.navigate)
        widget.review_requested.connect(lambda stage_id: self.review(stage_id, widget.as_of()))
        widget.properties_requested.connect(self.properties_requested)
        self.dashboard = widget
        return widget

    def make_timeline(self, document: Document, parent: QWidget | None) -> QWidget:
        from ui.timeline.widget import TimelineWidget  # first shown, not at start-up

        widget = TimelineWidget(document, parent)
        widget.navigate.connect(self.navigate)
        widget.selection_changed.connect(self.selected)
        widget.review_requested.connect(lambda stage_id: self.review(stage_id, widget.view.as_of()))
        shown = self.shown_baseline()
        if shown is not None:
            widget.set_baseline(shown)
        self.timeline = widget
        return widget

    def baseline_chosen(self, baseline_id: str) -> None:
        if self.timeline is not None:
            self.timeline.set_baseline(baseline_id)

    # ------------------------------------------------------------ gate review

    def review(self, stage_id: str, as_of: dt.date | None = None) -> None:
        """Open the gate review of a stage (window-modal; recording is one undo step)."""
        from ui.dialogs.gate_review import GateReviewDialog  # first use, not at start-up

        if self.review_dialog is not None:
            self.review_dialog.close()
        dialog = GateReviewDialog(
            self.document, stage_id, as_of or dt.date.today(), self.dialog_parent
        )
        self.review_dialog = dialog

        def forget(_result: int) -> None:
            if self.review_dialog is dialog:
                self.review_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        dialog.open()

    def review_current_stage(self) -> None:
        """The Roadmap menu's Gate Review: the selected stage, else the first active one."""
        roadmap = self.document.roadmap
        stage_id = None
        if self.selection is not None:
            kind, entity_id = self.selection
            if kind == EntityKind.STAGE:
                stage_id = entity_id
            elif kind == EntityKind.USE_CASE:
                use_case = next((u for u in roadmap.use_cases if u.id == entity_id), None)
                stage_id = use_case.stage_id if use_case is not None else None
        if stage_id is None:
            active = [s for s in roadmap.stages if s.status.value in ("active", "at_gate")]
            pool = active or list(roadmap.stages)
            stage_id = pool[0].id if pool else None
        if stage_id is not None:
            self.review(stage_id)

    # ------------------------------------------------------------ selection

    def selected(self, kind: EntityKind, entity_id: str) -> None:
        if kind in SYNCED_KINDS and entity_id:
            self.selection = (kind, entity_id)

    def page_built(self, key: str, widget: QWidget) -> None:
        """Follow what the user selects in a table page."""
        self._applied[key] = None
        navigate = getattr(widget, "navigate", None)
        if isinstance(navigate, SignalInstance):
            navigate.connect(self.navigate)  # a page that links to entities (Scale-out)
        if isinstance(widget, TableLike):
            widget.current_changed.connect(
                lambda kind, entity_id: self.selected(kind, entity_id or "")
            )

    def page_shown(self, key: str, widget: QWidget, kinds: tuple[EntityKind, ...]) -> None:
        """Show the remembered selection in the page just switched to (once per change)."""
        selection = self.selection
        if selection is None or self._applied.get(key) == selection:
            return
        self._applied[key] = selection
        kind, entity_id = selection
        if widget is self.timeline:
            self.timeline.select(kind, entity_id)
        elif kind in kinds and _current_id(widget, kind) != entity_id and shows_entities(widget):
            widget.show_entity(kind, entity_id)


def _current_id(page: QWidget, kind: EntityKind) -> str | None:
    return page.current_id(kind) if isinstance(page, TableLike) else None
