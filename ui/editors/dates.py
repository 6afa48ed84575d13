"""Editors of dates, required or optional, and the date picker every dialog uses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)

from ui.editors.base import DAY_FORMAT
from ui.models.display import none_label


class DayEdit(QDateEdit):
    """A date picker in the app's one date format (``4 Dec 2026``) with a calendar, wide
    enough for the longest month name of its language."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DAY_FORMAT)
        # As wide as a date, not as the form: a form's fields grow, a date need not.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if date is not None:
            self.setDate(date)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        locale = self.locale()
        widest = max(
            self.fontMetrics().horizontalAdvance(
                locale.toString(QDate(2026, month, 28), DAY_FORMAT)
            )
            for month in range(1, 13)
        )
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        # Room for the text plus the frame and the drop-down button the style draws.
        needed = self.style().sizeFromContents(
            QStyle.ContentsType.CT_SpinBox, option, QSize(widest + 8, hint.height()), self
        )
        return QSize(max(hint.width(), needed.width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())


class DateEditor(DayEdit):
    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self._loading = False
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
        layout.addWidget(self.date)
        layout.addStretch(1)
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
