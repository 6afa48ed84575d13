"""Editor widgets for every kind of field, shared by table cells and the detail panel.

Every editor has ``value()`` (raises :class:`InvalidInput` when what was typed
cannot be read), ``set_value(value)`` (never counts as a user edit) and two
signals: ``edited`` when the user changed the value, ``submit`` when the user
asked to finish (Enter in a multi-line or list editor used in a table cell).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.display import format_number, none_label
from ui.models.labels import enum_label

DATE_FORMAT = "yyyy-MM-dd"
_DOUBLE_LIMIT = 1e12


class InvalidInput(ValueError):
    """What was typed cannot be read as a value of the field (the message says why)."""


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _leave_undo_to_the_window(widget: QWidget, event: QEvent) -> bool:
    """True for Ctrl+Z / Ctrl+Shift+Z in a box that commits while typing (not in a cell).

    Such a box has nothing of its own to undo: every keystroke is already in the
    document's undo stack, so the window's Undo must get the key (one history).
    """
    if event.type() != QEvent.Type.ShortcutOverride or widget.property("inline"):
        return False
    key = cast(QKeyEvent, event)
    return key.matches(QKeySequence.StandardKey.Undo) or key.matches(QKeySequence.StandardKey.Redo)


class LineEditor(QLineEdit):
    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None, max_length: int | None = None) -> None:
        super().__init__(parent)
        if max_length:
            self.setMaxLength(max_length)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def event(self, event: QEvent) -> bool:
        if _leave_undo_to_the_window(self, event):
            event.ignore()
            return False
        return super().event(event)

    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            self.setText(text)


class LongTextEditor(QPlainTextEdit):
    """Multi-line text. In a table cell Enter finishes; Shift+Enter starts a new line."""

    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self._inline = inline
        self._loading = False
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            self._inline
            and _is_enter(event)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.submit.emit()
            return
        if self._inline and _is_enter(event):
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)

    def value(self) -> Any:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False


class TextListEditor(LongTextEditor):
    """A list of short texts (the attendees of a decision), one per line."""

    def __init__(self, parent: QWidget | None = None, *, inline: bool = False) -> None:
        super().__init__(parent, inline=inline)
        self.setPlaceholderText(QCoreApplication.translate("Editors", "One name per line"))

    def value(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_value(self, value: Any) -> None:
        if tuple(value or ()) != self.value():
            super().set_value("\n".join(value or ()))


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


class ChoiceEditor(QComboBox):
    """A drop-down of values with human names; ``None`` is "— none —" when allowed."""

    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Long names (a use case, a team) must not widen the form past the panel.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(lambda _i: self.edited.emit())

    def set_choices(self, choices: Iterable[tuple[str, Any]], optional: bool) -> None:
        wanted = (optional, list(choices))
        known = getattr(self, "_choices", None)
        if wanted == known:
            return  # unchanged: keep the widget (and its popup) as it is
        self._choices = wanted
        offset = 1 if optional else 0
        if (
            known is not None
            and known[0] == optional
            and [d for _, d in known[1]] == [d for _, d in wanted[1]]
        ):
            # Same entities, some renamed: change those texts only (cheap while typing).
            for i, ((old, _), (new, _)) in enumerate(zip(known[1], wanted[1], strict=True)):
                if old != new:
                    self.setItemText(i + offset, new)
            return
        current = self.currentData() if self.count() else None
        self.blockSignals(True)
        try:
            self.clear()
            if optional:
                self.addItem(none_label(), None)
            for text, data in wanted[1]:
                self.addItem(text, data)
            self._select(current)
        finally:
            self.blockSignals(False)

    def _select(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(-1 if value is not None or self.count() == 0 else 0)

    def set_value(self, value: Any) -> None:
        self._select(value)

    def value(self) -> Any:
        if self.currentIndex() < 0:
            raise InvalidInput(QCoreApplication.translate("Editors", "Nothing is chosen"))
        return self.currentData()


def enum_choices(enum: type[StrEnum]) -> list[tuple[str, Any]]:
    return [(enum_label(member), member.value) for member in enum]


def titled_choices(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(id, title) → (shown text, id); a title used twice gets its id added to tell them apart."""
    pairs = list(items)
    counts = Counter(t for _, t in pairs)
    return [(t if counts[t] == 1 else f"{t} ({i})", i) for i, t in pairs]


class RefListEditor(QWidget):
    """Pick several entities by name: a filter box over a list of check boxes."""

    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._order: list[str] = []
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(QCoreApplication.translate("Editors", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(QCoreApplication.translate("Editors", "Filter the list"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("Editors", "Choices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._item_changed)
        self.setAutoFillBackground(True)

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        wanted = list(choices)
        known: list[tuple[str, str]] | None = getattr(self, "_choices", None)
        if wanted == known:
            return  # unchanged: rebuilding thousands of items per keystroke would lag
        self._choices = wanted
        if known is not None and [i for _, i in known] == [i for _, i in wanted]:
            # Same entities, some renamed: change those texts only.
            for row, ((old, _), (new, _)) in enumerate(zip(known, wanted, strict=True)):
                if old != new:
                    self._loading = True
                    try:
                        self.list.item(row).setText(new)
                    finally:
                        self._loading = False
            return
        checked = set(self._checked())
        self._loading = True
        try:
            self.list.clear()
            for text, entity_id in wanted:
                item = QListWidgetItem(text, self.list)
                item.setData(Qt.ItemDataRole.UserRole, entity_id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                state = entity_id in checked
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self._filter(self.filter.text())

    def set_excluded(self, entity_id: str | None) -> None:
        """Hide one choice (an entity may not depend on itself)."""
        before = getattr(self, "_excluded", None)
        self._excluded = entity_id
        if self.filter.text().strip():
            self._filter(self.filter.text())
            return
        # No filter typed: only the old and the new excluded rows change.
        rows = {cid: row for row, (_, cid) in enumerate(getattr(self, "_choices", None) or [])}
        for changed, hidden in ((before, False), (entity_id, True)):
            row = rows.get(changed) if changed is not None else None
            if row is not None:
                self.list.item(row).setHidden(hidden)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _checked(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        excluded = getattr(self, "_excluded", None)
        for item in self._items():
            shown = all(w in item.text().casefold() for w in words)
            if excluded is not None and item.data(Qt.ItemDataRole.UserRole) == excluded:
                shown = False
            item.setHidden(not shown)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        wanted = tuple(value or ())
        self._order = list(wanted)
        if tuple(self._checked()) == wanted or set(self._checked()) == set(wanted):
            return
        self._loading = True
        try:
            for item in self._items():
                on = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def value(self) -> tuple[str, ...]:
        checked = self._checked()
        kept = [i for i in self._order if i in checked]  # keep the order already stored
        return tuple(kept + [i for i in checked if i not in kept])


class BoolEditor(QCheckBox):
    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clicked.connect(lambda _checked: self.edited.emit())

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def value(self) -> bool:
        return self.isChecked()


class ColourEditor(QWidget):
    """A colour as #RRGGBB (empty: the automatic colour), typed or chosen in a dialog."""

    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(QCoreApplication.translate("Editors", "automatic"))
        self.text.setMaxLength(7)
        self.text.setAccessibleName(QCoreApplication.translate("Editors", "Colour as #RRGGBB"))
        self.button = QToolButton(self)
        self.button.setText(QCoreApplication.translate("Editors", "Choose…"))
        self.button.setAccessibleName(QCoreApplication.translate("Editors", "Choose a colour"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.text)
        self.text.editingFinished.connect(self._finished)
        self.button.clicked.connect(self._choose)

    def _finished(self) -> None:
        if self.text.isModified():
            self.text.setModified(False)
            self.edited.emit()

    def _choose(self) -> None:
        current = QColor(self.text.text()) if self.text.text() else QColor()
        colour = QColorDialog.getColor(
            current, self, QCoreApplication.translate("Editors", "Choose a colour")
        )
        if colour.isValid():
            self.text.setText(colour.name())
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        self.text.setText(value or "")
        self.text.setModified(False)

    def value(self) -> str | None:
        text = self.text.text().strip()
        return text or None
