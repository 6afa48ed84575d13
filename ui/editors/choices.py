"""Editors that pick: one value from a list, several references, yes or no."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.model.base import FieldValue
from ui.editors.base import InvalidInput
from ui.models.display import none_label
from ui.models.labels import enum_label


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

    def value(self) -> FieldValue:
        if self.currentIndex() < 0:
            raise InvalidInput(QCoreApplication.translate("Editors", "Nothing is chosen"))
        chosen: FieldValue = self.currentData()  # an id, a choice or None, as set_choices put it
        return chosen


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
        # Names longer than the panel is wide are cut with "…" (whole in the tooltip)
        # rather than running out of sight behind the list's edge.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(_ViewWideDelegate(self.list))
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
                        self.list.item(row).setToolTip(new)
                    finally:
                        self._loading = False
            return
        checked = set(self._checked())
        self._loading = True
        try:
            self.list.clear()
            for text, entity_id in wanted:
                item = QListWidgetItem(text, self.list)
                item.setToolTip(text)
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


class _ViewWideDelegate(QStyledItemDelegate):
    """Items no wider than the list's viewport, so the style cuts long names with "…"."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), max(40, self._view.viewport().width())), hint.height())


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
