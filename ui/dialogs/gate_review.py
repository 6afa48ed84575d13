"""The gate review dialog: the evidence for one stage in one place, and the decision.

Evidence as of a date: every criterion with its value, the weeks measured,
trend and forecast (from :func:`planner.evidence.gates.evaluate_stage`); the feedback
of the period (since the stage's last decision, else since it started) on
the stage or its use cases; the stage's open risks; earlier decisions.

The decision — go, go with conditions, hold, recycle or stop, the suggested
outcome preselected and marked "(suggested)" — is recorded with its date,
rationale, conditions and attendees as ONE undoable edit. By default the
same edit sets the stage's status to follow the decision (go / go with
conditions → passed, hold → on hold, recycle → active, stop → stopped);
the box can be unticked to record the decision alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import ValidationError

from PySide6.QtCore import QDate, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.edit.operations import Batch, Insert, Op, SetField
from planner.evidence import gates
from planner.model.entities import (
    Feedback,
    GateDecision,
    Outcome,
    Risk,
    RiskStatus,
    Roadmap,
    Sentiment,
    StageStatus,
)
from planner.model.fields import field_label
from planner.model.ids import new_id
from planner.model.kinds import KINDS
from planner.rules.problems import from_validation_error
from ui.app.sizing import fit_dialog, text_lines_height
from ui.app.theme import Tone, keep_tone
from ui.dashboard.blocks import plain
from ui.dashboard.cards import criteria_table
from ui.document import Document
from ui.editors.dates import DayEdit
from ui.models.labels import enum_label
from ui.timeline import texts

STATUS_AFTER = {
    Outcome.GO: StageStatus.PASSED,
    Outcome.GO_WITH_CONDITIONS: StageStatus.PASSED,
    Outcome.HOLD: StageStatus.ON_HOLD,
    Outcome.RECYCLE: StageStatus.ACTIVE,
    Outcome.STOP: StageStatus.STOPPED,
}
"""The stage status a decision leads to (recycle: the stage goes on, reworked)."""

_SENTIMENT = {Sentiment.POSITIVE: "+", Sentiment.NEUTRAL: "·", Sentiment.NEGATIVE: "−"}


@dataclass(frozen=True)
class Evidence:
    readiness: gates.StageReadiness
    since: dt.date
    """First day of the period the feedback comes from."""
    since_decision: bool
    """The period starts at the stage's last decision (else at its start)."""
    feedback: tuple[Feedback, ...]
    risks: tuple[Risk, ...]
    decisions: tuple[GateDecision, ...]


def gather(roadmap: Roadmap, stage_id: str, as_of: dt.date) -> Evidence:
    """The evidence of a stage as of a date (KeyError for an unknown stage)."""
    readiness = gates.evaluate_stage(roadmap, stage_id, as_of)
    stage = readiness.stage
    decisions = tuple(
        sorted((d for d in roadmap.decisions if d.stage_id == stage_id and d.date <= as_of),
               key=lambda d: d.date)
    )  # fmt: skip
    since_decision = bool(decisions)
    since = decisions[-1].date if decisions else stage.actual_start or stage.planned_start
    use_cases = {u.id for u in roadmap.use_cases if u.stage_id == stage_id}
    about = [f for f in roadmap.feedback if f.stage_id == stage_id or f.use_case_id in use_cases]
    feedback = tuple(
        sorted((f for f in about if since <= f.date <= as_of), key=lambda f: f.date, reverse=True)
    )
    risks = tuple(
        sorted(
            (r for r in roadmap.risks if r.stage_id == stage_id and r.status is RiskStatus.OPEN),
            key=lambda r: -r.likelihood * r.impact,
        )
    )
    return Evidence(readiness, since, since_decision, feedback, risks, decisions)


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()
    return table


def _field(where: str) -> str:
    """``attendees[0]`` → ``attendees``."""
    return where.split("[", 1)[0].split(".", 1)[0]


class GateReviewDialog(QDialog):
    """Evidence and decision for one stage's gate review."""

    def __init__(
        self, document: Document, stage_id: str, as_of: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._stage_id = stage_id
        self.as_of = as_of
        self.evidence = gather(document.roadmap, stage_id, as_of)
        self.recorded_id: str | None = None
        readiness = self.evidence.readiness
        stage = readiness.stage
        self._stage_name = stage.name
        self.setWindowTitle(self.tr("Gate review — {stage}").format(stage=stage.name))
        self.setAccessibleName(self.windowTitle())
        fit_dialog(self, QSize(1100, 820))
        layout = QVBoxLayout(self)

        title = plain(stage.name)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout.addWidget(title)
        review = texts.day_text(stage.gate_review) if stage.gate_review else self.tr("not set")
        layout.addWidget(
            plain(
                self.tr("Review date {review} · evidence as of {date} · stage {status}").format(
                    review=review, date=texts.day_text(as_of),
                    status=texts.status_text("stage", stage.status, 0),
                )
            )
        )  # fmt: skip
        self.summary = plain(self._summary(), wrap=True)
        layout.addWidget(self.summary)
        self.explanation = plain(readiness.explanation, wrap=True)
        layout.addWidget(self.explanation)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Evidence"))
        self.criteria = criteria_table(readiness.results, periods=True, fit_rows=False)
        self.tabs.addTab(self.criteria, self.tr("Criteria ({n})").format(n=readiness.total))
        self.feedback = self._feedback_table()
        self.tabs.addTab(
            self._with_note(self.feedback, self._feedback_note()),
            self.tr("Feedback ({n})").format(n=len(self.evidence.feedback)),
        )
        self.risks = _table(
            [self.tr("Score"), self.tr("Risk"), self.tr("Likelihood"), self.tr("Impact"),
             self.tr("Owner"), self.tr("Mitigation")],
            [[str(r.likelihood * r.impact), r.title, str(r.likelihood), str(r.impact), r.owner,
              r.mitigation] for r in self.evidence.risks],
            self.tr("Open risks of the stage"),
        )  # fmt: skip
        self.tabs.addTab(self.risks, self.tr("Open risks ({n})").format(n=len(self.evidence.risks)))
        self.history = _table(
            [self.tr("Date"), self.tr("Outcome"), self.tr("Suggested"), self.tr("Rationale")],
            [[texts.day_text(d.date), enum_label(d.outcome),
              enum_label(d.suggested) if d.suggested else "—", d.rationale]
             for d in reversed(self.evidence.decisions)],
            self.tr("Earlier decisions for the stage"),
        )  # fmt: skip
        self.tabs.addTab(
            self.history, self.tr("Earlier decisions ({n})").format(n=len(self.evidence.decisions))
        )
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._decision_box(readiness.suggested))

        self.error = plain(wrap=True)
        keep_tone(self.error, Tone.BAD)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = self.buttons.addButton(
            self.tr("&Record decision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setDefault(True)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if document.read_only:
            self.record_button.setEnabled(False)
            self._show_error(
                self.tr("This roadmap is open read-only: the decision cannot be recorded.")
            )

    # ------------------------------------------------------------ evidence

    def _summary(self) -> str:
        r = self.evidence.readiness
        if r.total == 0:
            return self.tr("The gate has no criteria yet.")
        text = self.tr("{met} of {total} criteria met").format(met=r.met, total=r.total)
        if r.mandatory_failed:
            names = ", ".join(x.metric.name for x in r.mandatory_failed)
            text += " · " + self.tr("✗ mandatory not met: {names}").format(names=names)
        else:
            text += " · " + self.tr("✓ every mandatory criterion met")
        suggested = enum_label(r.suggested)
        return text + " · " + self.tr("suggested outcome: {outcome}").format(outcome=suggested)

    def _feedback_note(self) -> str:
        e = self.evidence
        counts = {s: sum(1 for f in e.feedback if f.sentiment is s) for s in Sentiment}
        since = texts.day_text(e.since)
        where = (
            self.tr("Feedback since the last decision ({date})").format(date=since)
            if e.since_decision
            else self.tr("Feedback since the stage started ({date})").format(date=since)
        )
        return (
            where
            + ": "
            + self.tr("{p} positive · {n} neutral · {m} negative").format(
                p=counts[Sentiment.POSITIVE],
                n=counts[Sentiment.NEUTRAL],
                m=counts[Sentiment.NEGATIVE],
            )
        )

    def _feedback_table(self) -> QTableWidget:
        roadmap = self._document.roadmap
        teams = {t.id: t.name for t in roadmap.teams}
        use_cases = {u.id: u.name for u in roadmap.use_cases}
        rows = [
            [texts.day_text(f.date), enum_label(f.kind),
             f"{_SENTIMENT[f.sentiment]} {enum_label(f.sentiment)}",
             teams.get(f.team_id or "", ""), use_cases.get(f.use_case_id or "", ""), f.text]
            for f in self.evidence.feedback
        ]  # fmt: skip
        return _table(
            [self.tr("Date"), self.tr("Kind"), self.tr("Sentiment"), self.tr("Team"),
             self.tr("Use case"), self.tr("What was said")],
            rows, self.tr("Feedback of the period"),
        )  # fmt: skip

    def _with_note(self, table: QTableWidget, note: str) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        self.feedback_note = plain(note, wrap=True)
        box.addWidget(self.feedback_note)
        box.addWidget(table, 1)
        return page

    # ------------------------------------------------------------ decision

    def _decision_box(self, suggested: Outcome) -> QGroupBox:
        """The outcome and date on one line, then rationale, conditions and attendees side
        by side: the evidence above keeps the height (a laptop screen is short)."""
        group = QGroupBox(self.tr("Decision"), self)
        grid = QGridLayout(group)
        row = QHBoxLayout()
        outcome_label = QLabel(self.tr("Outcome:"), group)
        row.addWidget(outcome_label)
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
        self.date_edit = DayEdit(texts.qdate(self.as_of), group)
        self.date_edit.setAccessibleName(self.tr("Date of the decision"))
        date_label = QLabel(self.tr("&Date:"), group)
        date_label.setBuddy(self.date_edit)
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        grid.addLayout(row, 0, 0, 1, 3)
        self.rationale = self._text_box(
            group, self.tr("Why the committee decided this"), self.tr("Rationale")
        )
        self.conditions = self._text_box(
            group, self.tr("What must be done, by whom and when"), self.tr("Conditions")
        )
        self.attendees = self._text_box(
            group, self.tr("One person per line"), self.tr("Attendees, one per line")
        )
        boxes = (
            (self.tr("R&ationale:"), self.rationale),
            (self.tr("&Conditions:"), self.conditions),
            (self.tr("A&ttendees:"), self.attendees),
        )
        for column, (text, box) in enumerate(boxes):
            label = QLabel(text, group)
            label.setBuddy(box)
            grid.addWidget(label, 1, column)
            grid.addWidget(box, 2, column)
            grid.setColumnStretch(column, 1)
        self.set_status = QCheckBox(group)
        self.set_status.setChecked(True)
        grid.addWidget(self.set_status, 3, 0, 1, 3)
        self._outcome_changed()
        return group

    def _text_box(self, parent: QWidget, placeholder: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(text_lines_height(box, 4))
        return box

    def outcome(self) -> Outcome:
        return next(o for o, b in self.outcome_buttons.items() if b.isChecked())

    def _outcome_changed(self) -> None:
        status = STATUS_AFTER[self.outcome()]
        self.set_status.setText(
            self.tr("Also set the stage's status to {status}").format(status=enum_label(status))
        )

    def decision(self) -> GateDecision:
        """The decision as entered (ValidationError when a text is too long)."""
        roadmap = self._document.roadmap
        taken = {e.id for k in KINDS for e in k.entities(roadmap)}
        day: QDate = self.date_edit.date()
        attendees = tuple(
            line.strip() for line in self.attendees.toPlainText().splitlines() if line.strip()
        )
        return GateDecision(
            id=new_id("decision", taken),
            stage_id=self._stage_id,
            date=dt.date(day.year(), day.month(), day.day()),
            outcome=self.outcome(),
            suggested=self.evidence.readiness.suggested,
            rationale=self.rationale.toPlainText().strip(),
            conditions=self.conditions.toPlainText().strip(),
            attendees=attendees,
        )

    def operation(self, decision: GateDecision) -> Op:
        insert = Insert("decision", -1, decision)
        status = STATUS_AFTER[decision.outcome]
        stage = self.evidence.readiness.stage
        if not self.set_status.isChecked() or stage.status is status:
            return insert
        return Batch((insert, SetField("stage", self._stage_id, "status", status)))

    def record(self) -> None:
        """Record the decision as one undoable edit; stay open with a message if refused."""
        try:
            decision = self.decision()
        except ValidationError as exc:
            problems = from_validation_error(exc)
            self._show_error(
                "; ".join(f"{field_label(_field(p.where))}: {p.message}" for p in problems)
            )
            return
        refusals: list[str] = []
        self._document.refused.connect(refusals.append)
        try:
            done = self._document.execute(
                self.operation(decision),
                self.tr("Record gate decision for '{stage}'").format(stage=self._stage_name),
            )
        finally:
            self._document.refused.disconnect(refusals.append)
        if not done:
            self._show_error(refusals[-1] if refusals else self.tr("The decision was refused."))
            return
        self.recorded_id = decision.id
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
