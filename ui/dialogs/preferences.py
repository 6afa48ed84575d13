"""Edit ▸ Preferences: the name colleagues see in a roadmap's lock, and the autosave interval."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.app.settings import Settings

_MAX_MINUTES = 120


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.name = QLineEdit(settings.display_name)
        self.name.setMaxLength(120)
        self.name.setAccessibleName(self.tr("Your name"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, _MAX_MINUTES)
        self.minutes.setSpecialValueText(self.tr("Off"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(min(_MAX_MINUTES, round(settings.autosave_seconds / 60)))
        self.minutes.setAccessibleName(self.tr("Autosave interval in minutes"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Autosave every:"), self.minutes)
        hint = QLabel(
            self.tr(
                "Your name is shown to colleagues who open a roadmap you have open. "
                "Autosave keeps unsaved work in a private recovery folder, never in your file."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.display_name = self.name.text()
        self._settings.autosave_seconds = self.minutes.value() * 60
        super().accept()
