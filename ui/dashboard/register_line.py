"""A stage card's line about the AI register: how many use cases have a complete
entry, the high-risk, prohibited and unscreened ones, the duties missing and the
teams below the AI-literacy target, with a link to the first entry to complete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner.model.kinds import EntityKind
from planner.register.summary import StageCompliance
from ui.dashboard.blocks import link_button, plain


class RegisterLine(QWidget):
    navigate = Signal(object, str)
    """(kind, id): the register tab of the first entry to complete."""

    def __init__(self, compliance: StageCompliance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = plain("⚖ " + compliance.sentence(), wrap=True)
        self.text.setAccessibleName(
            QCoreApplication.translate("Register", "AI register of the stage")
        )
        layout.addWidget(self.text, 1)
        self.link = None
        row = compliance.first_gap
        if row is not None:
            self.link = link_button(
                QCoreApplication.translate("Register", "Complete the register…"),
                QCoreApplication.translate("Register", "Show the AI register of {name}").format(
                    name=row.use_case.name
                ),
            )
            # The Use cases page opens its register tab for an entry, or for a use case
            # that has none yet (see UseCasesPage.show_entity).
            self._target = row.entry.id if row.entry is not None else row.use_case.id
            self.link.clicked.connect(self._go)
            layout.addWidget(self.link)

    def _go(self) -> None:
        if self._target is not None:
            self.navigate.emit(EntityKind.REGISTER_ENTRY, self._target)
