"""Editors of numbers: whole, decimal, and optional (empty means none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QSpinBox,
    QWidget,
)

from ui.editors.base import InvalidInput
from ui.editors.text import LineEditor
from ui.models.display import format_number, none_label

_DOUBLE_LIMIT = 1e12


class IntEditor(QSpinBox):
    edited = Signal()
    submit = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self.setRange(
            int(minimum) if minimum is not None else -2_000_000_000,
            int(maximum) if maximum is not None else 2_000_000_000,
        )
        self.setKeyboardTracking(False)  # commit the number typed, not each digit
        self.setAccelerated(True)
        self.valueChanged.connect(self._changed)

    def _changed(self, _value: int) -> None:
        if not self._loading:
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setValue(int(value or 0))
        finally:
            self._loading = False

    def value(self) -> int:
        return super().value()


class FloatEditor(QDoubleSpinBox):
    edited = Signal()
    submit = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        decimals: int = 2,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._original: float | None = None
        self.setDecimals(decimals)
        self.setRange(
            minimum if minimum is not None else -_DOUBLE_LIMIT,
            maximum if maximum is not None else _DOUBLE_LIMIT,
        )
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.valueChanged.connect(self._changed)

    def _changed(self, _value: float) -> None:
        if not self._loading:
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        self._original = float(value or 0.0)
        self._loading = True
        try:
            self.setValue(self._original)
        finally:
            self._loading = False

    def textFromValue(self, value: float) -> str:
        """``60``, ``3.5`` (``3,5`` in French): the widget's locale, no trailing zeros and
        no group separator (the number is read back as typed)."""
        locale = self.locale()
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        text = locale.toString(float(value), "f", self.decimals())
        point = locale.decimalPoint()
        if self.decimals() > 0 and point in text:
            text = text.rstrip("0").rstrip(point)
        return text

    def value(self) -> float:
        shown = super().value()
        # The box rounds to its decimals: an untouched value must not become an edit.
        if self._original is not None and round(self._original, self.decimals()) == shown:
            return self._original
        return shown


class OptionalNumberEditor(LineEditor):
    """A number that may be left empty (e.g. a value derived when not entered)."""

    def __init__(self, parent: QWidget | None = None, *, integer: bool = False) -> None:
        super().__init__(parent)
        self._integer = integer
        self.setPlaceholderText(none_label())
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textEdited.disconnect()
        self.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        if self.isModified():
            self.setModified(False)
            self.edited.emit()

    def value(self) -> int | float | None:
        text = self.text().strip()
        if not text:
            return None
        locale = QLocale()
        number, ok = locale.toDouble(text)
        if not ok:
            try:
                number = float(text)
            except ValueError:
                raise InvalidInput(
                    QCoreApplication.translate("Editors", "'{text}' is not a number").format(
                        text=text
                    )
                ) from None
        if self._integer:
            if number != int(number):
                raise InvalidInput(
                    QCoreApplication.translate("Editors", "'{text}' is not a whole number").format(
                        text=text
                    )
                )
            return int(number)
        return number

    def set_value(self, value: Any) -> None:
        text = "" if value is None else format_number(value, 0 if self._integer else 6)
        text = text.replace(QLocale().groupSeparator(), "")
        if text != self.text():
            self.setText(text)
        self.setModified(False)
