"""The Timeline page's widget: a tool bar (zoom, overview, baseline, as-of date,
gate review) above the Gantt canvas.

Interface for the main window::

    widget = TimelineWidget(document, parent)
    widget.navigate.connect(window.navigate_to)          # (EntityKind, id): show it
    widget.selection_changed.connect(tables.select)      # (EntityKind, id): the user picked it
    widget.review_requested.connect(open_gate_review)    # (stage_id)
    widget.select(EntityKind.USE_CASE, "uc-1")           # selection from the tables
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.edit.change import Change
from planner.model.kinds import EntityKind
from planner.timeline import STAGE, Zoom
from ui.document import Document
from ui.editors.dates import DayEdit
from ui.timeline import texts
from ui.timeline.view import TimelineView

_NEWEST = "\x00newest"
"""Combo data of the "newest baseline" entry (None is not a usable item data)."""


class TimelineWidget(QWidget):
    navigate = Signal(object, str)
    """Show this entity (kind, id): Enter or a double click on a row."""
    selection_changed = Signal(object, str)
    """The user selected a stage or use case in the timeline (kind, id)."""
    review_requested = Signal(str)
    """Open the gate review of this stage (double click on a diamond, or the button)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_widget")
        self._document = document
        self.view = TimelineView(document, self)
        self.view.setAccessibleDescription(
            self.tr(
                "Stages and their use cases as bars over time. Arrow keys select, "
                "Shift+Left/Right moves the selected bar, Enter opens it."
            )
        )
        self.view.navigate.connect(self.navigate)
        self.view.selection_changed.connect(self.selection_changed)
        self.view.selection_changed.connect(lambda _k, _i: self._update_buttons())
        self.view.review_requested.connect(self.review_requested)
        self.view.zoom_changed.connect(self._zoom_shown)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(QLabel(self.tr("Zoom:")))
        self._zooms = QButtonGroup(self)
        self.zoom_buttons: dict[Zoom, QToolButton] = {}
        names = {
            Zoom.WEEK: (self.tr("&Week"), self.tr("One column per week")),
            Zoom.MONTH: (self.tr("&Month"), self.tr("One column per month")),
            Zoom.QUARTER: (self.tr("&Quarter"), self.tr("One column per quarter")),
            Zoom.FIT: (self.tr("F&it"), self.tr("Fit the whole plan to the window (F)")),
        }
        for zoom, (text, tip) in names.items():
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, z=zoom: self.set_zoom(z))
            self._zooms.addButton(button)
            self.zoom_buttons[zoom] = button
            bar.addWidget(button)
        self.overview_button = QToolButton(self)
        self.overview_button.setText(self.tr("&Overview"))
        self.overview_button.setCheckable(True)
        self.overview_button.setToolTip(
            self.tr("Every row at once, drawn as bands; click a band to zoom in there")
        )
        self.overview_button.setAccessibleName(self.overview_button.toolTip())
        self.overview_button.toggled.connect(self.view.set_overview)
        bar.addWidget(self.overview_button)
        bar.addSpacing(12)

        bar.addWidget(QLabel(self.tr("Baseline:")))
        self.baseline_box = QComboBox(self)
        self.baseline_box.setAccessibleName(self.tr("Baseline compared with"))
        self.baseline_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.baseline_box.activated.connect(self._baseline_chosen)
        bar.addWidget(self.baseline_box)
        bar.addSpacing(12)

        as_of_label = QLabel(self.tr("&As of:"))
        self.as_of_edit = DayEdit(None, self)
        self.as_of_edit.setDate(texts.qdate(self.view.as_of()))
        self.as_of_edit.setAccessibleName(self.tr("Date the gates and today's line are shown for"))
        self.as_of_edit.dateChanged.connect(self._as_of_chosen)
        as_of_label.setBuddy(self.as_of_edit)
        bar.addWidget(as_of_label)
        bar.addWidget(self.as_of_edit)
        bar.addStretch(1)
        self.review_button = QToolButton(self)
        self.review_button.setText(self.tr("&Gate review…"))
        self.review_button.setToolTip(self.tr("The evidence and decision for the selected stage"))
        self.review_button.setShortcut(QKeySequence(self.tr("Ctrl+G")))
        self.review_button.clicked.connect(self._review)
        bar.addWidget(self.review_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        document.changed.connect(self._document_changed)
        document.as_of_changed.connect(self._as_of_shown)
        self._fill_baselines()
        self._zoom_shown(self.view.zoom().value)
        self._update_buttons()

    # ------------------------------------------------------------ public API

    @Slot(object, str)
    def select(self, kind: EntityKind, entity_id: str) -> bool:
        """Select and reveal an entity from elsewhere (no ``selection_changed``)."""
        found = self.view.select(kind, entity_id)
        self._update_buttons()
        return found

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool:
        """The main window's page protocol: same as :meth:`select`."""
        return self.select(kind, entity_id)

    def selected(self) -> tuple[EntityKind, str] | None:
        return self.view.selected()

    def set_zoom(self, zoom: Zoom | str) -> None:
        self.view.set_zoom(Zoom(zoom))

    def set_as_of(self, day: dt.date) -> None:
        self.as_of_edit.setDate(texts.qdate(day))

    def set_baseline(self, baseline_id: str | None) -> None:
        """None: the newest baseline; ``""``: none; else that baseline's id."""
        self.view.set_baseline(baseline_id)
        self._fill_baselines()

    # ------------------------------------------------------------ internals

    def _zoom_shown(self, zoom: str) -> None:
        self.zoom_buttons[Zoom(zoom)].setChecked(True)

    def _document_changed(self, change: Change) -> None:
        if change.touches((EntityKind.BASELINE,)):
            self._fill_baselines()
        self._update_buttons()

    def _fill_baselines(self) -> None:
        box = self.baseline_box
        box.blockSignals(True)
        box.clear()
        roadmap = self._document.roadmap
        newest = self.view.layout_.baseline_name if self.view.baseline_id() is None else ""
        box.addItem(
            self.tr("Newest ({name})").format(name=newest) if newest else self.tr("Newest"),
            _NEWEST,
        )
        box.addItem(self.tr("None"), "")
        for baseline in roadmap.baselines:
            box.addItem(f"{baseline.name} · {texts.day_text(baseline.captured_on)}", baseline.id)
        wanted = self.view.baseline_id()
        position = box.findData(_NEWEST if wanted is None else wanted)
        box.setCurrentIndex(max(0, position))
        box.blockSignals(False)

    def _baseline_chosen(self, index: int) -> None:
        data = self.baseline_box.itemData(index)
        self.view.set_baseline(None if data == _NEWEST else str(data))

    def _as_of_shown(self) -> None:
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(texts.qdate(self.view.as_of()))
        self.as_of_edit.blockSignals(False)

    def _as_of_chosen(self, day: QDate) -> None:
        self.view.set_as_of(dt.date(day.year(), day.month(), day.day()))

    def _review(self) -> None:
        selected = self.view.selected()
        if selected is None:
            return
        kind, entity_id = selected
        if kind == STAGE:
            self.review_requested.emit(entity_id)
            return
        use_case = next((u for u in self._document.roadmap.use_cases if u.id == entity_id), None)
        if use_case is not None and use_case.stage_id:
            self.review_requested.emit(use_case.stage_id)

    def _update_buttons(self) -> None:
        selected = self.view.selected()
        self.review_button.setEnabled(selected is not None)
        self.review_button.setAccessibleName(self.tr("Open the gate review of the selected stage"))
