"""The decision part of the gate review: outcome, dates, rationale, actions, attendees, status.

The suggested outcome is preselected and marked "(suggested)". The decision
names the gate review it answers (the stage's review date by default), so it
counts for that review whatever day it is recorded. Conditions are entered as
**actions** — what, who, by when — followed up until done or dropped. The
stage's status changes only when the user chooses a new one: nothing is
preselected (a hold keeps the stage running); the usual status after the
outcome is shown as a hint.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.evidence.review import USUAL_STATUS
from planner.model.actions import Action
from planner.model.entities import GateDecision, Outcome, Stage, StageStatus
from planner.model.ids import new_id
from ui.app.sizing import text_lines_height
from ui.editors.dates import DayEdit
from ui.models.labels import enum_label
from ui.timeline import texts

ACTION_WEEKS = 4
"""Default due date of a new action when the stage has no review ahead: four weeks on."""


def _day(edit: QDateEdit) -> dt.date:
    day: QDate = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class DecisionForm(QGroupBox):
    """What the committee decided, as entered (validated by the model when recorded)."""

    def __init__(
        self, stage: Stage, suggested: Outcome, as_of: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Decision"), parent)
        self._stage = stage
        self._as_of = as_of
        grid = QGridLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Outcome:"), self))
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        for outcome in Outcome:
            text = enum_label(outcome)
            if outcome is suggested:
                text = self.tr("{outcome} (suggested)").format(outcome=text)
            button = QRadioButton(text.replace("&", "&&"))
            button.setChecked(outcome is suggested)
            button.toggled.connect(self._outcome_changed)
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            row.addWidget(button)
        row.addStretch(1)
        grid.addLayout(row, 0, 0, 1, 3)
        dates = QHBoxLayout()
        self.date_edit = DayEdit(texts.qdate(as_of), self)
        self.date_edit.setAccessibleName(self.tr("Date the decision is recorded"))
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date_edit)
        dates.addWidget(date_label)
        dates.addWidget(self.date_edit)
        review_label = QLabel(self.tr("answers the gate &review of"), self)
        self.review_edit = DayEdit(texts.qdate(stage.gate_review or as_of), self)
        self.review_edit.setAccessibleName(self.tr("Gate review the decision answers"))
        review_label.setBuddy(self.review_edit)
        dates.addWidget(review_label)
        dates.addWidget(self.review_edit)
        dates.addSpacing(24)
        self._dates = dates  # the stage status joins this row (a laptop screen is short)
        grid.addLayout(dates, 1, 0, 1, 3)
        # Rationale, actions and attendees side by side: the evidence above keeps the
        # height (a laptop screen is short).
        self.rationale = self._text_box(self.tr("Why the committee decided this"),
                                        self.tr("Rationale"))  # fmt: skip
        self.attendees = self._text_box(self.tr("One person per line"),
                                        self.tr("Attendees, one per line"))  # fmt: skip
        actions = self._actions_box()
        boxes = (
            (self.tr("R&ationale:"), self.rationale, self.rationale, 2),
            (self.tr("A&ctions:"), actions, self.actions_table, 3),
            (self.tr("A&ttendees:"), self.attendees, self.attendees, 1),
        )
        for column, (text, box, buddy, stretch) in enumerate(boxes):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            if box is actions:  # its buttons beside its label: a row less under the boxes
                heading = QHBoxLayout()
                heading.addWidget(label)
                heading.addStretch(1)
                heading.addWidget(self._add_button)
                heading.addWidget(self._remove_button)
                grid.addLayout(heading, 2, column)
            else:
                grid.addWidget(label, 2, column)
            grid.addWidget(box, 3, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, stretch)
        status_row = self._dates
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Stage status after the decision"))
        self.status_combo.addItem(
            self.tr("Leave it as it is ({status})").format(status=enum_label(stage.status)),
            None,
        )
        for status in StageStatus:
            if status is not stage.status:
                self.status_combo.addItem(
                    self.tr("Set it to {status}").format(status=enum_label(status)), status
                )
        status_label = QLabel(self.tr("Stage &status:"), self)
        status_label.setBuddy(self.status_combo)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status_combo)
        self.status_hint = QLabel(self)
        self.status_hint.setWordWrap(True)
        status_row.addWidget(self.status_hint, 1)
        self._outcome_changed()

    def _text_box(self, placeholder: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(text_lines_height(box, 3))
        return box

    # ------------------------------------------------------------ actions

    def _actions_box(self) -> QWidget:
        host = QWidget(self)
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        self.actions_table = QTableWidget(0, 3, host)
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("What must be done"), self.tr("Owner"), self.tr("Due")]
        )
        self.actions_table.setAccessibleName(self.tr("Actions the decision asks for"))
        self.actions_table.verticalHeader().hide()
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # The header and about two rows: as tall as the text boxes beside it.
        self.actions_table.setFixedHeight(text_lines_height(self.rationale, 3))
        box.addWidget(self.actions_table)
        self._add_button = QPushButton(self.tr("Add action"), host)
        self._add_button.clicked.connect(lambda: self.add_action())
        self._remove_button = QPushButton(self.tr("Remove action"), host)
        self._remove_button.clicked.connect(self._remove_action)
        return host

    def default_due(self) -> dt.date:
        review = self._stage.gate_review
        if review is not None and review > self._as_of:
            return review
        return self._as_of + dt.timedelta(weeks=ACTION_WEEKS)

    def add_action(self, text: str = "", owner: str = "", due: dt.date | None = None) -> int:
        """Add a row (filled when given) and return its number."""
        table = self.actions_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        table.setItem(row, 1, QTableWidgetItem(owner))
        edit = DayEdit(texts.qdate(due or self.default_due()), table)
        edit.setAccessibleName(self.tr("Due date"))
        table.setCellWidget(row, 2, edit)
        item = table.item(row, 0)
        if not text and item is not None:
            table.setCurrentCell(row, 0)
            table.editItem(item)
        return row

    def _remove_action(self) -> None:
        row = self.actions_table.currentRow()
        if row >= 0:
            self.actions_table.removeRow(row)

    def entered_actions(self, decision: GateDecision, taken: set[str]) -> list[Action]:
        """The actions entered (rows without a text are left out); ValidationError if bad."""
        found: list[Action] = []
        table = self.actions_table
        for row in range(table.rowCount()):
            text_item, owner_item = table.item(row, 0), table.item(row, 1)
            text = text_item.text().strip() if text_item is not None else ""
            if not text:
                continue
            owner = owner_item.text().strip() if owner_item is not None else ""
            edit = table.cellWidget(row, 2)
            due = _day(edit) if isinstance(edit, QDateEdit) else None
            action_id = new_id("action", taken)
            taken.add(action_id)
            found.append(
                Action(id=action_id, text=text, owner=owner, due=due,
                       decision_id=decision.id, stage_id=decision.stage_id)
            )  # fmt: skip
        return found

    # ------------------------------------------------------------ decision

    def outcome(self) -> Outcome:
        return next(o for o, b in self.outcome_buttons.items() if b.isChecked())

    def status(self) -> StageStatus | None:
        """The status chosen for the stage (None: left as it is)."""
        data = self.status_combo.currentData()
        return None if data is None else StageStatus(data)

    def _outcome_changed(self) -> None:
        usual = USUAL_STATUS[self.outcome()]
        if usual is None or usual is self._stage.status:
            self.status_hint.setText(self.tr("The stage runs on."))
        else:
            self.status_hint.setText(
                self.tr("A {outcome} often moves the stage to {status}: choose it if so.").format(
                    outcome=enum_label(self.outcome()), status=enum_label(usual)
                )
            )

    def decision(self, suggested: Outcome, taken: set[str]) -> GateDecision:
        """The decision as entered (ValidationError when a text is too long)."""
        attendees = tuple(
            line.strip() for line in self.attendees.toPlainText().splitlines() if line.strip()
        )
        decision_id = new_id("decision", taken)
        taken.add(decision_id)
        return GateDecision(
            id=decision_id,
            stage_id=self._stage.id,
            date=_day(self.date_edit),
            review=_day(self.review_edit),
            outcome=self.outcome(),
            suggested=suggested,
            rationale=self.rationale.toPlainText().strip(),
            attendees=attendees,
        )
