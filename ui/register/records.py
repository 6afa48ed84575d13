"""What the register shows beside the questionnaire: duties, lifecycle history, tier by hand.

- :class:`DutiesList` lists the duties with their article (its text on hover),
  the date they apply from under the regulation as adopted, the date the
  pending amendment would set (marked as not law), the status (a symbol and a
  word, never colour alone) and what the register shows.
- :class:`LifecycleEditor` shows the dated history and records a change.
- :class:`OverrideEditor` sets the tier by hand, only with a written
  justification.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.model.register import SCREENABLE_TIERS, Lifecycle, RegisterEntry, Tier
from planner.register.duties import DutyState, DutyStatus
from planner.register.rules import rules
from ui.models.labels import enum_label, form_label

_SYMBOLS = {
    DutyStatus.MET: "✓",
    DutyStatus.MISSING: "✗",
    DutyStatus.UPCOMING: "◷",
    DutyStatus.TO_CHECK: "?",
}


def status_label(status: DutyStatus) -> str:
    words = {
        DutyStatus.MET: QCoreApplication.translate("Register", "met"),
        DutyStatus.MISSING: QCoreApplication.translate("Register", "missing"),
        DutyStatus.UPCOMING: QCoreApplication.translate("Register", "upcoming"),
        DutyStatus.TO_CHECK: QCoreApplication.translate("Register", "to check"),
    }
    return f"{_SYMBOLS[status]} {words[status]}"


def day(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def _article_tip(ref: str) -> str:
    article = next((a for a in rules().articles.values() if a.ref == ref), None)
    return "" if article is None else f"{article.ref} — {article.title}\n\n{article.text}"


class DutiesList(QWidget):
    """The duties of one use case on the date shown, one block each (reads well when narrow).

    Each block: the status (symbol and word) and the article — its text on hover —
    then the duty, the date it applies from under the regulation as adopted with
    the pending amendment's date (not law) beside it, and what the register shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._shown: list[tuple[str, str, str, str, str, str]] = []
        self.setAccessibleName(QCoreApplication.translate("Register", "Duties"))

    def rows(self) -> list[tuple[str, str, str, str, str, str]]:
        """(article, duty, applies from, pending date, status, register shows) as shown."""
        return list(self._shown)

    def set_duties(self, duties: tuple[DutyState, ...]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, not at the next event loop turn
                widget.deleteLater()
        self._shown = []
        for duty in duties:
            self._layout.addWidget(self._block(duty))
            self._shown.append(
                (
                    duty.article,
                    duty.duty,
                    day(duty.applies_from),
                    day(duty.pending_from),
                    status_label(duty.status),
                    duty.detail,
                )
            )
        if not duties:
            self._layout.addWidget(QLabel(QCoreApplication.translate("Register", "No duties.")))
        self._layout.addStretch(1)

    def _block(self, duty: DutyState) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        head = QLabel(f"{status_label(duty.status)} — {duty.article}")
        bold = QFont(head.font())
        bold.setBold(True)
        head.setFont(bold)
        head.setToolTip(_article_tip(duty.article))
        when = QCoreApplication.translate("Register", "Applies from {day}").format(
            day=day(duty.applies_from)
        )
        if duty.pending_from is not None:
            when += " · " + QCoreApplication.translate(
                "Register", "pending amendment, not law: {day}"
            ).format(day=day(duty.pending_from))
        shows = QCoreApplication.translate("Register", "Register shows: {detail}").format(
            detail=duty.detail
        )
        layout.addWidget(head)
        for text in (duty.duty, when, shows):
            line = QLabel(text)
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)  # the detail quotes user text
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(line)
        frame.setAccessibleName(f"{duty.article}: {status_label(duty.status)}")
        return frame


class LifecycleEditor(QWidget):
    """The dated history of the lifecycle, and a row to record a change."""

    add = Signal(object, object, str)
    """(state, date, note)"""
    remove = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.history = QTableWidget(0, 3, self)
        self.history.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Register", "Since"),
                QCoreApplication.translate("Register", "State"),
                QCoreApplication.translate("Register", "Note"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setAccessibleName(QCoreApplication.translate("Register", "Lifecycle history"))
        self.history.setMinimumHeight(90)
        layout.addWidget(self.history)
        row = QHBoxLayout()
        self.state = QComboBox(self)
        for state in Lifecycle:
            self.state.addItem(enum_label(state), state)
        self.state.setAccessibleName(QCoreApplication.translate("Register", "New state"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(QCoreApplication.translate("Register", "Since"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(QCoreApplication.translate("Register", "Note (optional)"))
        self.note.setAccessibleName(QCoreApplication.translate("Register", "Note"))
        self.record = QPushButton(QCoreApplication.translate("Register", "Record"), self)
        self.record.clicked.connect(self._record)
        self.drop = QPushButton(QCoreApplication.translate("Register", "Remove"), self)
        self.drop.setToolTip(QCoreApplication.translate("Register", "Remove the selected state"))
        self.drop.clicked.connect(self._remove)
        for widget in (self.state, self.date):
            row.addWidget(widget)
        row.addWidget(self.note, 1)
        row.addWidget(self.record)
        row.addWidget(self.drop)
        layout.addLayout(row)

    def set_entry(self, entry: RegisterEntry | None) -> None:
        events = () if entry is None else entry.lifecycle
        self.history.setRowCount(len(events))
        for i, event in enumerate(events):
            for column, text in enumerate((day(event.on), enum_label(event.state), event.note)):
                self.history.setItem(i, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.drop.setEnabled(bool(events))

    def _record(self) -> None:
        chosen = self.date.date()
        state = Lifecycle(self.state.currentData())
        self.add.emit(state, dt.date(chosen.year(), chosen.month(), chosen.day()), self.note.text())
        self.note.clear()

    def _remove(self) -> None:
        row = self.history.currentRow()
        if row >= 0:
            self.remove.emit(row)


class OverrideEditor(QWidget):
    """Set the tier by hand: a tier and the written justification it requires."""

    apply = Signal(object, str)
    """(tier or None to clear, justification)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.tier = QComboBox(self)
        for tier in SCREENABLE_TIERS:
            self.tier.addItem(enum_label(tier), tier)
        self.reason = QPlainTextEdit(self)
        self.reason.setMinimumHeight(60)
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "Register", "Why the screening's tier does not fit (required), and who decided"
            )
        )
        self.reason.textChanged.connect(self._update)
        tier_label = QLabel(form_label(QCoreApplication.translate("Register", "Tier")))
        tier_label.setBuddy(self.tier)
        why_label = QLabel(form_label(QCoreApplication.translate("Register", "Justification")))
        why_label.setBuddy(self.reason)
        form.addRow(tier_label, self.tier)
        form.addRow(why_label, self.reason)
        buttons = QHBoxLayout()
        self.set_button = QPushButton(QCoreApplication.translate("Register", "Set the tier"), self)
        self.clear_button = QPushButton(
            QCoreApplication.translate("Register", "Back to the screening's tier"), self
        )
        self.set_button.clicked.connect(self._set)
        self.clear_button.clicked.connect(self._clear)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._overridden = False
        self._update()

    def set_entry(self, entry: RegisterEntry | None, screened: Tier) -> None:
        self._overridden = entry is not None and entry.override_tier is not None
        shown = entry.override_tier if entry is not None and entry.override_tier else screened
        if shown in SCREENABLE_TIERS:
            self.tier.setCurrentIndex(self.tier.findData(shown))
        self.note.setText(
            QCoreApplication.translate(
                "Register",
                "The screening gives: {tier}. Another tier may be set only with a written "
                "justification; it stays with the entry and is shown wherever the tier is.",
            ).format(tier=enum_label(screened))
        )
        reason = "" if entry is None else entry.override_reason
        if reason != self.reason.toPlainText():
            self.reason.setPlainText(reason)
        self._update()

    def _set(self) -> None:
        self.apply.emit(Tier(self.tier.currentData()), self.reason.toPlainText())

    def _clear(self) -> None:
        self.apply.emit(None, "")

    def _update(self) -> None:
        written = bool(self.reason.toPlainText().strip())
        self.set_button.setEnabled(written)
        self.set_button.setToolTip(
            ""
            if written
            else QCoreApplication.translate("Register", "Write the justification first")
        )
        self.clear_button.setEnabled(self._overridden)
