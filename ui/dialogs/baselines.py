"""Baselines of the open roadmap: list them with their slip, capture, delete, choose one.

Capturing and deleting go through :meth:`Document.execute`, so both are one
undo step each; the list follows the document (an undo in the main window
shows at once). :attr:`BaselinesDialog.baseline_chosen` tells the window which
baseline the timeline and the workbook should compare with.
"""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import baselines
from planner.edit.change import Change
from planner.i18n import format_day
from planner.model.entities import Baseline
from planner.model.kinds import EntityKind
from planner.rules.problems import from_validation_error
from ui.app.sizing import fit_dialog
from ui.document import Document
from ui.editors.dates import DayEdit

_ID = Qt.ItemDataRole.UserRole


class BaselinesDialog(QDialog):
    baseline_chosen = Signal(str)
    """Id of the baseline to show slip against."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        *,
        shown_id: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.shown_id = shown_id
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Baselines"))
        fit_dialog(self, QSize(820, 500))
        self._build()
        self.refresh()
        document.changed.connect(self._document_changed)
        document.read_only_changed.connect(self._read_only_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A baseline records the planned dates of every stage and use case on a day, "
                "such as what the steering committee was shown. Slip is measured against it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Captured on"), self.tr("Dates"), self.tr("Now")]
        )
        self.table.setAccessibleName(self.tr("Baselines of this roadmap"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.show_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("&Show slip against it"), self)
        self.show_button.clicked.connect(self.show_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected baseline"))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.show_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        capture = QGroupBox(self.tr("Capture a baseline of the dates planned now"), self)
        form = QFormLayout(capture)
        self.name_edit = QLineEdit(baselines.default_name(self.today), capture)
        self.name_edit.setAccessibleName(self.tr("Name of the new baseline"))
        self.name_edit.setMaxLength(200)
        self.name_edit.textChanged.connect(self._update_buttons)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.date_edit = DayEdit(QDate(self.today.year, self.today.month, self.today.day), capture)
        self.date_edit.setAccessibleName(self.tr("Capture date"))
        form.addRow(self.tr("Captured &on:"), self.date_edit)
        self.capture_button = QPushButton(self.tr("&Capture"), capture)
        self.capture_button.clicked.connect(self.capture)
        form.addRow("", self.capture_button)
        layout.addWidget(capture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -------------------------------------------------------------- content

    def _document_changed(self, change: Change) -> None:
        if change.touches((EntityKind.BASELINE, EntityKind.STAGE, EntityKind.USE_CASE)):
            self.refresh()

    def _read_only_changed(self, _read_only: bool) -> None:
        self._update_buttons()

    def refresh(self) -> None:
        roadmap = self.document.roadmap
        selected = self.selected_id()
        self.table.setRowCount(len(roadmap.baselines))
        for i, baseline in enumerate(roadmap.baselines):
            self._fill(i, baseline)
            if baseline.id == selected:
                self.table.selectRow(i)
        self._update_buttons()

    def _fill(self, row: int, baseline: Baseline) -> None:
        slips = baselines.slip(self.document.roadmap, baseline.id).values()
        later = sum(1 for s in slips if s.end_days > 0)
        earlier = sum(1 for s in slips if s.end_days < 0)
        name = baseline.name
        if baseline.id == self.shown_id:
            name = self.tr("{name} (shown)").format(name=name)
        cells = [
            name,
            format_day(baseline.captured_on),
            str(len(baseline.entries)),
            self.tr("{later} later, {earlier} earlier").format(later=later, earlier=earlier),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_ID, baseline.id)
            self.table.setItem(row, column, item)

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        value = items[0].data(_ID) if items else None
        return value if isinstance(value, str) else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.show_button.setEnabled(has)
        self.delete_button.setEnabled(has and not self.document.read_only)
        self.capture_button.setEnabled(
            bool(self.name_edit.text().strip()) and not self.document.read_only
        )

    # -------------------------------------------------------------- actions

    def capture(self) -> bool:
        name = self.name_edit.text().strip()
        day = self.date_edit.date()
        try:
            op = baselines.capture(
                self.document.roadmap, name, dt.date(day.year(), day.month(), day.day())
            )
        except ValidationError as exc:
            self.document.refused.emit("; ".join(p.message for p in from_validation_error(exc)))
            return False
        done = self.document.execute(op, self.tr("Capture baseline '{name}'").format(name=name))
        if done:
            self.table.selectRow(self.table.rowCount() - 1)
        return done

    def delete_selected(self) -> bool:
        baseline_id = self.selected_id()
        baseline = baselines.find(self.document.roadmap, baseline_id) if baseline_id else None
        if baseline is None:
            return False
        op = baselines.delete(self.document.roadmap, baseline.id)
        text = self.tr("Delete baseline '{name}'").format(name=baseline.name)
        return self.document.execute(op, text)

    def show_selected(self) -> None:
        baseline_id = self.selected_id()
        if baseline_id is not None:
            self.shown_id = baseline_id
            self.baseline_chosen.emit(baseline_id)
            self.refresh()
