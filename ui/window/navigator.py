"""The navigator and the pages it shows: a list on the left, a stack of pages beside it.

Pages come from :func:`ui.pages.registry.navigator_pages` (key, title, icon, the
kinds each shows); each is built the first time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QWidget,
)

from planner.model.kinds import EntityKind
from ui.app.icons import icon
from ui.document import Document
from ui.pages.registry import PageFactory, PageSpec, navigator_pages, shows_entities


class Navigator(QObject):
    """The list of pages and the stack that shows the current one."""

    page_built = Signal(str, QWidget)
    """A page was built (key, widget)."""
    page_shown = Signal(str, QWidget, object)
    """A page was brought to the front (key, widget, the kinds of entity it shows)."""

    def __init__(
        self,
        document: Document,
        overview: PageFactory,
        timeline: PageFactory,
        icon_size: QSize,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.pages: list[PageSpec] = navigator_pages(overview, timeline)
        self._built: dict[str, QWidget] = {}
        self.list = QListWidget()
        self.list.setObjectName("navigator")
        self.list.setIconSize(self.list.iconSize().expandedTo(icon_size))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        for page in self.pages:
            item = QListWidgetItem(icon(page.icon), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.list.addItem(item)
        self._fit_width()
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self._row_changed)

    def keys(self) -> list[str]:
        return [p.key for p in self.pages]

    def spec(self, key: str) -> PageSpec:
        return next(p for p in self.pages if p.key == key)

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        widget = self._built.get(key)
        if widget is None:
            spec = self.spec(key)
            widget = spec.factory(self._document, self.stack)
            widget.setAccessibleName(spec.title())
            self.stack.addWidget(widget)
            self._built[key] = widget
            self.page_built.emit(key, widget)
        return widget

    def current_key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show(self, key: str) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self.page_shown.emit(key, widget, self.spec(key).kinds)
        row = self.keys().index(key)
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)
        return widget

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.show(self.pages[row].key)

    def navigate_to(self, kind: EntityKind, entity_id: str) -> bool:
        """Show the entity in the page that lists its kind (select and reveal it)."""
        key = next((p.key for p in self.pages if kind in p.kinds), None)
        if key is None and kind in (EntityKind.STAGE, EntityKind.USE_CASE):
            key = "timeline"
        if key is None:
            return False
        widget = self.show(key)
        return shows_entities(widget) and widget.show_entity(kind, entity_id)

    def rebuild(self) -> None:
        """Build the pages again (after a language change), keeping the one shown."""
        current = self.current_key() or "overview"
        for widget in self._built.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        self.show(current)

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Navigator"))
        self.list.setToolTip(self.tr("Pages of the roadmap (Ctrl+1 … Ctrl+0)"))
        for row, page in enumerate(self.pages):
            item = self.list.item(row)
            if item is not None:
                item.setText(page.title())
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the longest page name in the language shown (set again when the
        language changes: French and English names differ in length)."""
        frame = 2 * self.list.frameWidth() + self.list.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent
        )
        width = max(
            self.list.sizeHintForColumn(0) + frame + 8,
            self.list.fontMetrics().averageCharWidth() * 24,
        )
        self.list.setMinimumWidth(min(width, 360))

    def refresh_icons(self) -> None:
        for row, page in enumerate(self.pages):
            item = self.list.item(row)
            if item is not None:
                item.setIcon(icon(page.icon))
