"""The gate review dialog: the evidence for one stage in one place, and the decision.

Evidence as of a date (:func:`planner.evidence.review.review_evidence`, from the
document's one set of figures): every criterion with its value, the weeks
measured, trend and forecast; the feedback of the period (since the stage's
last decision, else since it started) on the stage or its use cases; the
stage's open risks; the actions still open; earlier decisions.

The decision (:class:`ui.dialogs.decision_form.DecisionForm`) — outcome (the
suggested one preselected), the review it answers, rationale, actions,
attendees and, only if chosen, a new status for the stage — is recorded as ONE
undoable edit (:func:`planner.evidence.review.record_decision`).
"""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.evidence.figures import Figures
from planner.evidence.review import ReviewEvidence, record_decision, review_evidence
from planner.model.entities import Outcome, Roadmap, Sentiment
from planner.model.fields import field_label
from planner.model.kinds import KINDS
from planner.rules.problems import from_validation_error
from ui.app.sizing import fit_dialog
from ui.app.theme import Tone, keep_tone
from ui.dashboard.blocks import plain
from ui.dashboard.cards import criteria_table
from ui.dialogs.decision_form import DecisionForm
from ui.document import Document
from ui.models.labels import enum_label
from ui.timeline import texts

_SENTIMENT = {Sentiment.POSITIVE: "+", Sentiment.NEUTRAL: "·", Sentiment.NEGATIVE: "−"}


def gather(roadmap: Roadmap, stage_id: str, as_of: dt.date) -> ReviewEvidence:
    """The evidence of a stage as of a date (KeyError for an unknown stage)."""
    return review_evidence(Figures(roadmap, as_of), stage_id)


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
        figures = document.figures()
        if figures.as_of != as_of:  # asked for another day than the pages show
            figures = Figures(document.roadmap, as_of)
        self.evidence = review_evidence(figures, stage_id)
        self.recorded_id: str | None = None
        readiness = self.evidence.readiness
        stage = readiness.stage
        self._stage_name = stage.name
        self.setWindowTitle(self.tr("Gate review — {stage}").format(stage=stage.name))
        self.setAccessibleName(self.windowTitle())
        fit_dialog(self, QSize(1500, 860))  # the forecast column needs room
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
        self.open_actions = _table(
            [self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Asked on")],
            [[(texts.day_text(a.action.due) if a.action.due else "—")
              + (" ⚠ " + self.tr("overdue") if a.overdue else ""),
              a.action.text, a.action.owner,
              texts.day_text(a.decision.date) if a.decision else "—"]
             for a in self.evidence.actions],
            self.tr("Open actions of the stage"),
        )  # fmt: skip
        self.tabs.addTab(
            self.open_actions, self.tr("Open actions ({n})").format(n=len(self.evidence.actions))
        )
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
        self.form = DecisionForm(stage, readiness.suggested, as_of, self)
        self.outcome_buttons = self.form.outcome_buttons
        self.rationale, self.attendees = self.form.rationale, self.form.attendees
        self.status_combo = self.form.status_combo
        layout.addWidget(self.form)

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

    def outcome(self) -> Outcome:
        return self.form.outcome()

    def record(self) -> None:
        """Record the decision as one undoable edit; stay open with a message if refused."""
        roadmap = self._document.roadmap
        taken = {e.id for k in KINDS for e in k.entities(roadmap)}
        try:
            decision = self.form.decision(self.evidence.readiness.suggested, taken)
            actions = self.form.entered_actions(decision, taken)
        except ValidationError as exc:
            problems = from_validation_error(exc)
            self._show_error(
                "; ".join(f"{field_label(_field(p.where))}: {p.message}" for p in problems)
            )
            return
        op = record_decision(
            decision, actions, self.form.status(), self.evidence.readiness.stage.status
        )
        refusals: list[str] = []
        self._document.refused.connect(refusals.append)
        try:
            done = self._document.execute(
                op, self.tr("Record gate decision for '{stage}'").format(stage=self._stage_name)
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
