"""Editors of dates, required or optional."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QWidget,
)

from ui.editors.base import DATE_FORMAT
from ui.models.display import none_label


class DateEditor(QDateEdit):
    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setKeyboardTracking(False)
        self.dateChanged.connect(self._changed)

    def _changed(self, _date: QDate) -> None:
        if not self._loading:
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        if not isinstance(value, dt.date):
            value = dt.date.today()
        self._loading = True
        try:
            self.setDate(QDate(value.year, value.month, value.day))
        finally:
            self._loading = False

    def value(self) -> dt.date:
        date = self.date()
        return dt.date(date.year(), date.month(), date.day())


class OptionalDateEditor(QWidget):
    """A date that may be empty: a check box says whether there is one."""

    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._default = dt.date.today()
        self.check = QCheckBox(self)
        self.check.setAccessibleName(QCoreApplication.translate("Editors", "Has a date"))
        self.check.setToolTip(
            QCoreApplication.translate("Editors", "Untick to leave the date empty")
        )
        self.date = DateEditor(self)
        self.date.setSpecialValueText(none_label())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.check.toggled.connect(self._toggled)
        self.date.edited.connect(self._date_edited)
        self._show(None)

    def set_default(self, value: dt.date) -> None:
        """The date offered when the box is ticked on an empty value."""
        self._default = value

    def _show(self, value: dt.date | None) -> None:
        self._loading = True
        try:
            self.check.setChecked(value is not None)
            self.date.setEnabled(value is not None)
            if value is None:
                self.date.setMinimumDate(self.date.date())  # shows the "none" text
                self.setFocusProxy(self.check)
            else:
                self.date.clearMinimumDate()
                self.date.set_value(value)
                self.setFocusProxy(self.date)
        finally:
            self._loading = False

    def _toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self._show(self._default if checked else None)
        if checked:
            self.date.setFocus()
        self.edited.emit()

    def _date_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        if value != self.value():
            self._show(value)

    def value(self) -> dt.date | None:
        return self.date.value() if self.check.isChecked() else None
