"""A table view whose first column stays in view when the table scrolls sideways.

Wide tables (use cases have twenty columns) scroll horizontally; without help
the row's name scrolls away with the rest and a value can no longer be told
from its row. Qt's own "frozen column" pattern: a second view over the same
model and selection shows only the first visual column, laid over the left
edge of the table, scrolling up and down with it. Clicks, editing (same
kind of delegate), sorting and column width go through to the table; the keyboard
stays with the table, which never scrolls a cell under the frozen column.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableView,
    QWidget,
)


class FrozenColumnTable(QTableView):
    """A ``QTableView`` with its first visual column kept in view (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozen-column")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setHighlightSections(False)  # as the table's own
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setAccessibleName(self.tr("First column, kept in view"))
        self.frozen.horizontalHeader().setAccessibleName(self.tr("Header of the first column"))
        self.frozen.viewport().installEventFilter(self)
        # Pixels both ways: the frozen view follows the table's scrolling exactly, and
        # a cell is moved out from under the frozen column by the pixels it hides.
        for view in (self, self.frozen):
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.horizontalHeader().sectionMoved.connect(lambda *_: self._show_first_only())
        self.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_resized)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._frozen_sorted)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)

    # ------------------------------------------------------------ set-up

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved):
                signal.connect(lambda *_: self._show_first_only())
        self._show_first_only()

    def set_delegates(self, table: QAbstractItemDelegate, frozen: QAbstractItemDelegate) -> None:
        """The delegates of both views: one each, since a delegate's editor signals go to
        every view it serves."""
        self.setItemDelegate(table)
        self.frozen.setItemDelegate(frozen)

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:
        super().setEditTriggers(triggers)
        self.frozen.setEditTriggers(triggers)

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def setAlternatingRowColors(self, enable: bool) -> None:
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self.frozen.setWordWrap(on)

    def setSortingEnabled(self, enable: bool) -> None:
        super().setSortingEnabled(enable)
        header = self.frozen.horizontalHeader()
        header.setSortIndicatorShown(enable)
        header.setSectionsClickable(enable)
        header.setSortIndicatorClearable(self.horizontalHeader().isSortIndicatorClearable())

    def set_row_height(self, height: int) -> None:
        """Every row this tall, in both views (they must line up)."""
        self.verticalHeader().setDefaultSectionSize(height)
        self.frozen.verticalHeader().setDefaultSectionSize(height)

    def frozen_column(self) -> int:
        """The logical column kept in view (the first one shown)."""
        return self.horizontalHeader().logicalIndex(0)

    def _show_first_only(self) -> None:
        model = self.model()
        if model is None:
            return
        first = self.frozen_column()
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column != first)
        if first >= 0:
            self.frozen.setColumnWidth(first, self.columnWidth(first))
            self.frozen.horizontalHeader().setSectionResizeMode(
                first, QHeaderView.ResizeMode.Interactive
            )
        self._place_frozen()

    # ------------------------------------------------------------ keeping in step

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == self.frozen_column():
            self.frozen.setColumnWidth(logical, new)
            self._place_frozen()

    def _frozen_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == self.frozen_column() and self.columnWidth(logical) != new:
            self.setColumnWidth(logical, new)  # the user dragged the frozen column's edge

    def _sort_indicator_changed(self, logical: int, order: Qt.SortOrder) -> None:
        header = self.frozen.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(logical, order)
        header.blockSignals(False)
        header.viewport().update()

    def _frozen_sorted(self, logical: int, order: Qt.SortOrder) -> None:
        self.horizontalHeader().setSortIndicator(logical, order)  # sorts through the table

    def _place_frozen(self) -> None:
        first = self.frozen_column()
        width = self.columnWidth(first) if first >= 0 else 0
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            width,
            self.viewport().height() + self.horizontalHeader().height(),
        )
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place_frozen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.frozen.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)  # the keyboard stays with the table
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ never under the frozen column

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.isValid()
            and current.column() != self.frozen_column()
        ):
            hidden = self.visualRect(current).left() - self.frozen.width()
            if hidden < 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + hidden)
        return current

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if index.column() != self.frozen_column():
            super().scrollTo(index, hint)
            left = self.visualRect(index).left() - self.frozen.width()
            if left < 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + left)
        else:  # the frozen column is always in view: only scroll up or down
            bar = self.horizontalScrollBar()
            keep = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(keep)
