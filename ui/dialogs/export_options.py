"""File ▸ Export: the options of ``pilot-planner export``, asked before the file name.

One dialog serves the workbook, the committee slides, the review calendar and
the MS Project plan; it shows the options that apply to the format chosen:
as-of date (every format), sheets and "changes since" (workbook), baseline
(workbook, slides, MS Project), language (every format) and "open when done".
The choices are remembered per roadmap (see :mod:`ui.app.settings`), except
the as-of date, which starts at the date the window shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _ as planner_text
from planner.workbook import SHEET_NAMES

WORKBOOK, SLIDES, CALENDAR, PROJECT = "workbook", "slides", "calendar", "project"
KINDS = (WORKBOOK, SLIDES, CALENDAR, PROJECT)
SUFFIXES = {WORKBOOK: ".xlsx", SLIDES: ".pptx", CALENDAR: ".ics", PROJECT: ".xml"}
WITH_BASELINE = (WORKBOOK, SLIDES, PROJECT)


@dataclass(frozen=True)
class ExportOptions:
    kind: str
    as_of: dt.date
    sheets: tuple[str, ...] = ()
    """Workbook sheets to write; empty: all."""
    baseline_id: str = ""
    """Empty: the newest baseline."""
    changes_since: str = ""
    """An older roadmap file for the workbook's Changes sheet."""
    language: str = ""
    """``en`` or ``fr``; empty: the app's language."""
    open_when_done: bool = False

    def arguments(self, app_language: str) -> list[str]:
        """The ``pilot-planner export`` options (the as-of date is passed on its own)."""
        args: list[str] = []
        if self.kind == WORKBOOK and self.sheets and set(self.sheets) != set(SHEET_NAMES):
            args += ["--sheets", ",".join(self.sheets)]
        if self.kind in WITH_BASELINE and self.baseline_id:
            args += ["--baseline", self.baseline_id]
        if self.kind == WORKBOOK and self.changes_since:
            args += ["--changes-since", self.changes_since]
        return [*args, "--lang", self.language or app_language]


class ExportDialog(QDialog):
    """The options of one export; :meth:`options` reads them back."""

    def __init__(
        self,
        options: ExportOptions,
        baselines: Sequence[tuple[str, str]],
        browse: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = options.kind
        self._browse = browse
        self.setWindowTitle(self._title())
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.as_of = QDateEdit(QDate(options.as_of.year, options.as_of.month, options.as_of.day))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setAccessibleName(self.tr("As-of date"))
        form.addRow(self.tr("&As of:"), self.as_of)

        self.sheets = QListWidget(self)
        self.sheets.setAccessibleName(self.tr("Sheets"))
        chosen = set(options.sheets) or set(SHEET_NAMES)
        for name in SHEET_NAMES:
            # The sheet's title in the app's language; the command line's name as its data.
            item = QListWidgetItem(planner_text(name), self.sheets)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        self.sheets.setMaximumHeight(self.sheets.sizeHintForRow(0) * 6 + 6)
        if self._kind == WORKBOOK:
            form.addRow(self.tr("&Sheets:"), self.sheets)
        else:
            self.sheets.hide()

        self.baseline = QComboBox(self)
        self.baseline.setAccessibleName(self.tr("Baseline"))
        self.baseline.addItem(self.tr("The newest baseline"), "")
        for baseline_id, name in baselines:
            self.baseline.addItem(name, baseline_id)
        found = self.baseline.findData(options.baseline_id)
        self.baseline.setCurrentIndex(max(0, found))
        if self._kind in WITH_BASELINE:
            form.addRow(self.tr("&Baseline:"), self.baseline)
        else:
            self.baseline.hide()

        self.changes = QLineEdit(options.changes_since, self)
        self.changes.setPlaceholderText(self.tr("No Changes sheet"))
        self.changes.setAccessibleName(self.tr("Changes since the roadmap file"))
        self.changes.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("B&rowse…"), self)
        self.browse_button.clicked.connect(self._pick_older)
        changes_row = QHBoxLayout()
        changes_row.addWidget(self.changes, 1)
        changes_row.addWidget(self.browse_button)
        if self._kind == WORKBOOK:
            changes_label = QLabel(self.tr("&Changes since:"), self)
            changes_label.setBuddy(self.changes)  # a row of widgets gets no buddy by itself
            form.addRow(changes_label, changes_row)
        else:
            self.changes.hide()
            self.browse_button.hide()

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The app's language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(0, self.language.findData(options.language)))
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)

        self.open_when_done = QCheckBox(self.tr("&Open the file when it is written"), self)
        self.open_when_done.setChecked(options.open_when_done)
        layout.addWidget(self.open_when_done)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.warning = QLabel("", self)
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)

    def _title(self) -> str:
        return {
            WORKBOOK: self.tr("Export Steering-Committee Workbook"),
            SLIDES: self.tr("Export Committee Slides"),
            CALENDAR: self.tr("Export Review Calendar"),
            PROJECT: self.tr("Export to MS Project"),
        }[self._kind]

    def _intro(self) -> str:
        return {
            WORKBOOK: self.tr(
                "An Excel workbook for the committee: summary, timeline, gates, adoption "
                "and every table, ready to print."
            ),
            SLIDES: self.tr(
                "A PowerPoint deck: the programme at a glance, one slide per stage under "
                "review, the timeline, decisions and findings — all editable."
            ),
            CALENDAR: self.tr(
                "Gate reviews and planned trainings as all-day events for Outlook or any "
                "calendar; importing a newer file updates the events instead of copying them."
            ),
            PROJECT: self.tr(
                "An MS Project XML plan: stages as summary tasks, use cases as tasks, gate "
                "reviews as milestones, dependencies and baselines."
            ),
        }[self._kind]

    def _pick_older(self) -> None:
        path = self._browse()
        if path:
            self.changes.setText(path)

    def _accept(self) -> None:
        if self._kind == WORKBOOK and not self._checked_sheets():
            self.warning.setText(self.tr("Choose at least one sheet."))
            self.warning.show()
            return
        self.accept()

    def _checked_sheets(self) -> tuple[str, ...]:
        return tuple(
            str(self.sheets.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.sheets.count())
            if self.sheets.item(i).checkState() == Qt.CheckState.Checked
        )

    def options(self) -> ExportOptions:
        day = self.as_of.date()
        sheets = self._checked_sheets()
        return ExportOptions(
            kind=self._kind,
            as_of=dt.date(day.year(), day.month(), day.day()),
            sheets=() if set(sheets) == set(SHEET_NAMES) else sheets,
            baseline_id=str(self.baseline.currentData() or ""),
            changes_since=self.changes.text().strip(),
            language=str(self.language.currentData() or ""),
            open_when_done=self.open_when_done.isChecked(),
        )
