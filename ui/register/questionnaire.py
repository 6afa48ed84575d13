"""The screening questionnaire: yes / no per question, grouped by the article asked about.

Each question shows the article it comes from; hovering it shows the article's
text (the Official Journal's English). The Art. 6(3) exception is asked only
when an Annex III area was answered yes, and the public-service question of
Art. 27 only when the use case is high-risk: the questionnaire stays short.
Every click is one undoable edit (:func:`planner.register.edit.set_answer`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.model.register import RegisterEntry, Tier
from planner.register.rules import Group, Question, rules
from planner.register.screening import Screening


def group_title(group: Group) -> str:
    return {
        "prohibited": QCoreApplication.translate("Register", "Prohibited practices — Art. 5"),
        "high_risk": QCoreApplication.translate(
            "Register", "High-risk uses — Art. 6(1) and Annex III"
        ),
        "exception": QCoreApplication.translate(
            "Register", "Exception for an Annex III use — Art. 6(3)"
        ),
        "transparency": QCoreApplication.translate("Register", "Transparency — Art. 50"),
        "fria": QCoreApplication.translate(
            "Register", "Fundamental-rights impact assessment — Art. 27"
        ),
    }[group]


def _answer_text(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("Register", "not answered")
    return (
        QCoreApplication.translate("Register", "yes")
        if value
        else QCoreApplication.translate("Register", "no")
    )


class QuestionRow(QWidget):
    """One question: its text, the article it cites, and Yes / No."""

    answered = Signal(str, object)
    """(question id, True / False / None)"""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        article = rules().articles[question.article]
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.text = QLabel(str(question.text))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.cite = QLabel(article.ref)
        self.cite.setTextFormat(Qt.TextFormat.PlainText)
        self.cite.setEnabled(False)  # shown dimmed: a citation, not an action
        tip = f"{article.ref} — {article.title}\n\n{article.text}"
        for label in (self.text, self.cite):
            label.setToolTip(tip)
        self.yes = QRadioButton(QCoreApplication.translate("Register", "Yes"))
        self.no = QRadioButton(QCoreApplication.translate("Register", "No"))
        for button in (self.yes, self.no):
            button.setAccessibleName(
                QCoreApplication.translate("Register", "{answer}: {question}").format(
                    answer=button.text(), question=str(question.text)
                )
            )
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a second click on the checked answer clears it
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonClicked.connect(self._clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.yes)
        buttons.addWidget(self.no)
        buttons.addStretch(1)
        layout.addWidget(self.text, 0, 0, 1, 2)
        layout.addLayout(buttons, 1, 0)
        layout.addWidget(self.cite, 1, 1, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(0, 1)
        self._value: bool | None = None

    def value(self) -> bool | None:
        return self._value

    def set_value(self, value: bool | None) -> None:
        self._value = value
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)

    def _clicked(self, button: QRadioButton) -> None:
        wanted: bool | None = button is self.yes
        if self._value is wanted:
            wanted = None  # clicking the checked answer again takes it back
        self.set_value(wanted)
        self.answered.emit(self.question.id, wanted)


class Questionnaire(QWidget):
    """Every question of the rule file, grouped; emits ``answered(question, value)``."""

    answered = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, QuestionRow] = {}
        self.groups: dict[str, QGroupBox] = {}
        groups: tuple[Group, ...] = ("prohibited", "high_risk", "exception", "transparency", "fria")
        for group in groups:
            box = QGroupBox(group_title(group))
            inner = QVBoxLayout(box)
            for question in rules().group(group):
                row = QuestionRow(question, box)
                row.answered.connect(self.answered)
                inner.addWidget(row)
                self.rows[question.id] = row
            layout.addWidget(box)
            self.groups[group] = box

    def set_entry(self, entry: RegisterEntry | None, screening: Screening) -> None:
        for question_id, row in self.rows.items():
            row.set_value(None if entry is None else entry.answer(question_id))
        annex_iii = any(
            entry is not None and entry.answer(q.id)
            for q in rules().group("high_risk")
            if q.route == "annex_iii"
        )
        self.groups["exception"].setVisible(annex_iii)
        self.groups["fria"].setVisible(
            screening.route == "annex_iii"
            or (screening.tier is Tier.HIGH_RISK and screening.route != "annex_i")
        )

    def summary(self, question_id: str) -> str:
        """``Art. 5(1)(f): yes`` — for undo texts and tests."""
        row = self.rows[question_id]
        return f"{rules().articles[row.question.article].ref}: {_answer_text(row.value())}"
