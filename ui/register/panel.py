"""The AI register of the selected use case: tier, questionnaire, fields, duties, lifecycle.

At the top, always in view: the tier with its reasons (each citing its
article), what keeps the entry from being complete, and the disclaimer
("decision support, not legal advice") with the sources of the rules. Below,
one page at a time: the screening questionnaire, the register's fields, the
duties on the document's as-of date, the lifecycle history, and the tier set by hand.

Everything shown comes from the document's figures (``Figures.register``, the
rows of :func:`planner.register.summary.register_rows` that the ``register``
command and the workbook compute); every change
is one undoable edit built by :mod:`planner.register.edit`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolBox, QVBoxLayout, QWidget

from planner.edit.change import Change
from planner.edit.operations import Op
from planner.i18n import format_day
from planner.model.kinds import EntityKind, find
from planner.model.register import Lifecycle, Tier
from planner.register import edit
from planner.register.rules import rules
from planner.register.summary import RegisterRow
from ui.document import Document
from ui.models.labels import enum_label, field_phrase
from ui.register.form import RegisterForm
from ui.register.questionnaire import Questionnaire
from ui.register.records import DutiesList, LifecycleEditor, OverrideEditor

_WATCHED = (
    EntityKind.REGISTER_ENTRY,
    EntityKind.USE_CASE,
    EntityKind.PERSON,
    EntityKind.TEAM,
    EntityKind.STAGE,
)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def sources_text() -> str:
    """The regulation, the tracks of dates and their sources, for the disclaimer's tooltip."""
    r = rules()
    lines = [r.regulation.title, r.regulation.url, ""]
    for track in r.tracks:
        lines.append(f"{track.label} — {track.status_text}")
        lines += [f"  {s.title}: {s.url}" for s in track.sources]
        lines.append("")
    lines.append(
        QCoreApplication.translate("Register", "Rules checked on {day}.").format(
            day=format_day(r.checked_on)
        )
    )
    return "\n".join(lines)


class RegisterPanel(QWidget):
    """Shows and edits the register entry of one use case (``set_use_case``)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._use_case: str | None = None
        self.row: RegisterRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.disclaimer = QLabel(str(rules().disclaimer))
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setToolTip(sources_text())
        italic = QFont(self.disclaimer.font())
        italic.setItalic(True)
        self.disclaimer.setFont(italic)
        self.tier = QLabel()
        bold = QFont(self.tier.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.tier.setFont(bold)
        self.tier.setAccessibleName(QCoreApplication.translate("Register", "AI Act tier"))
        self.reasons = QLabel()
        self.gaps = QLabel()
        for label in (self.tier, self.reasons, self.gaps):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.tier)
        layout.addWidget(self.reasons)
        layout.addWidget(self.gaps)
        layout.addWidget(self.disclaimer)

        roadmap = document.roadmap
        self.questionnaire = Questionnaire()
        self.questionnaire.answered.connect(self._answered)
        self.exception = QLabel()
        self.form = RegisterForm(roadmap)
        self.form.edited.connect(self._field_edited)
        self.form.refused.connect(document.refused)
        self.duties = DutiesList()
        self.lifecycle = LifecycleEditor()
        self.lifecycle.add.connect(self._lifecycle_added)
        self.lifecycle.remove.connect(self._lifecycle_removed)
        self.override = OverrideEditor()
        self.override.apply.connect(self._override)
        self.pages = QToolBox(self)
        self.pages.addItem(
            _scrolled(self.questionnaire),
            QCoreApplication.translate("Register", "Screening questionnaire"),
        )
        self.pages.addItem(
            _scrolled(self.form), QCoreApplication.translate("Register", "Register fields")
        )
        self.pages.addItem(
            _scrolled(self.duties), QCoreApplication.translate("Register", "Duties and dates")
        )
        self.pages.addItem(self.lifecycle, QCoreApplication.translate("Register", "Lifecycle"))
        self.pages.addItem(
            _scrolled(self.override), QCoreApplication.translate("Register", "Tier set by hand")
        )
        layout.addWidget(self.pages, 1)
        document.changed.connect(self._changed)
        document.as_of_changed.connect(self._refresh)
        signal = getattr(document, "read_only_changed", None)
        if signal is not None:
            signal.connect(self._read_only_changed)
        self.set_use_case(None)

    # ------------------------------------------------------------- public

    def set_use_case(self, use_case_id: str | None) -> None:
        self._use_case = use_case_id
        self._refresh()

    def use_case_id(self) -> str | None:
        return self._use_case

    # ------------------------------------------------------------ showing

    def _read_only_changed(self, _read_only: bool) -> None:
        self._refresh()

    def _changed(self, change: Change) -> None:
        if change.touches(_WATCHED):
            self._refresh()

    def _refresh(self) -> None:
        roadmap = self._document.roadmap
        use_case = (
            None if self._use_case is None else find(roadmap, EntityKind.USE_CASE, self._use_case)
        )
        # The document's figures: the as-of date every page shows (one computation).
        self.row = None if use_case is None else self._document.figures().register.get(use_case.id)
        present = self.row is not None
        self.pages.setEnabled(present and not self._document.read_only)
        if self.row is None:
            self._use_case = None
            self.tier.setText(
                QCoreApplication.translate(
                    "Register", "Select a use case to see its AI register entry."
                )
            )
            self.reasons.clear()
            self.gaps.clear()
            return
        row = self.row
        screening = row.screening
        text = QCoreApplication.translate("Register", "AI Act tier: {tier}").format(
            tier=enum_label(row.tier)
        )
        if screening.overridden:
            text += " " + QCoreApplication.translate("Register", "(set by hand)")
        self.tier.setText(text)
        self.reasons.setText("\n".join(f"• {reason}" for reason in screening.reasons))
        if row.gaps:
            self.gaps.setText(
                QCoreApplication.translate("Register", "To complete the entry:")
                + "\n"
                + "\n".join(f"• {gap}" for gap in row.gaps)
            )
        else:
            self.gaps.setText(QCoreApplication.translate("Register", "The entry is complete."))
        self.questionnaire.set_entry(row.entry, screening)
        start = row.use_case.planned_start
        self.form.set_entry(row.entry, roadmap, start)
        self.duties.set_duties(row.duties)
        self.lifecycle.set_entry(row.entry)
        self.override.set_entry(row.entry, screening.screened)

    # ------------------------------------------------------------ editing

    def _name(self) -> str:
        return self.row.use_case.name if self.row is not None else ""

    def _run(self, op: Op, text: str, merge_key: Any = None) -> None:
        if not self._document.execute(op, text, merge_key=merge_key):
            self._refresh()  # show the stored values again

    def _answered(self, question: str, value: bool | None) -> None:
        if self._use_case is None:
            return
        op = edit.set_answer(self._document.roadmap, self._use_case, question, value)
        self._run(
            op,
            QCoreApplication.translate(
                "Register", "Answer '{answer}' in the AI register of '{name}'"
            ).format(answer=self.questionnaire.summary(question), name=self._name()),
        )

    def _field_edited(self, field: str, value: object, merge: bool) -> None:
        if self._use_case is None:
            return
        roadmap = self._document.roadmap
        current = edit.entry_of(roadmap, self._use_case)
        if current is not None and getattr(current, field) == value:
            return
        op = edit.set_field(roadmap, self._use_case, field, value)
        text = QCoreApplication.translate(
            "Register", "Change {field} in the AI register of '{name}'"
        ).format(field=field_phrase(field), name=self._name())
        self._run(op, text, ("register", self._use_case, field) if merge else None)

    def _lifecycle_added(self, state: Lifecycle, on: dt.date, note: str) -> None:
        if self._use_case is None:
            return
        op = edit.change_lifecycle(self._document.roadmap, self._use_case, state, on, note)
        self._run(
            op,
            QCoreApplication.translate(
                "Register", "Record '{state}' in the lifecycle of '{name}'"
            ).format(state=enum_label(state), name=self._name()),
        )

    def _lifecycle_removed(self, index: int) -> None:
        if self._use_case is None:
            return
        op = edit.remove_lifecycle_event(self._document.roadmap, self._use_case, index)
        self._run(
            op,
            QCoreApplication.translate("Register", "Remove a lifecycle state of '{name}'").format(
                name=self._name()
            ),
        )

    def _override(self, tier: Tier | None, reason: str) -> None:
        if self._use_case is None:
            return
        op = edit.set_override(self._document.roadmap, self._use_case, tier, reason.strip())
        text = (
            QCoreApplication.translate(
                "Register", "Set the AI Act tier of '{name}' by hand"
            ).format(name=self._name())
            if tier is not None
            else QCoreApplication.translate(
                "Register", "Return '{name}' to its screened tier"
            ).format(name=self._name())
        )
        self._run(op, text)
