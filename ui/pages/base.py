"""Pages of the main window that show tables: one or several entity browsers.

Every page answers ``show_entity(kind, id)`` (select it, scroll to it, clear
a filter that hides it) so the window can navigate to any entity, and shows
refused edits in one message line under its tables.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.edit.change import Change
from planner.model.kinds import EntityKind
from ui.app.prompts import Prompter
from ui.document import Document
from ui.models.labels import kind_label
from ui.views.browser import EntityBrowser
from ui.views.message_bar import MessageBar


class TablePage(QWidget):
    """A page made of entity browsers that share one message line."""

    current_changed = Signal(object, object)
    """The entity now current in one of the page's tables (kind, id or None)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.browsers: dict[EntityKind, EntityBrowser] = {}
        self.messages = MessageBar(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        document.refused.connect(self.messages.show_message)
        document.changed.connect(self._changed)

    def _changed(self, _change: Change) -> None:
        self.messages.clear()  # an accepted change: the last refusal is history

    def _browser(self, kind: EntityKind, **options: object) -> EntityBrowser:
        browser = EntityBrowser(
            self.document,
            kind,
            messages=self.messages,
            parent=self,
            **options,  # type: ignore[arg-type]
        )
        self.browsers[kind] = browser
        browser.current_changed.connect(
            lambda entity_id, kind=browser.kind: self.current_changed.emit(kind, entity_id)
        )
        return browser

    def _finish(self, body: QWidget) -> None:
        self._layout.addWidget(body, 1)
        self._layout.addWidget(self.messages)

    def set_prompter(self, prompter: Prompter | Callable[[], Prompter | None] | None) -> None:
        """Where delete warnings are asked (default: the window's ``prompter``, else dialogs)."""
        for browser in self.browsers.values():
            browser.set_prompter(prompter)

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool:
        browser = self.browsers.get(kind)
        return browser is not None and browser.select(entity_id)

    def current_id(self, kind: EntityKind) -> str | None:
        """The first selected entity of that kind's table (None: none, or no such table)."""
        browser = self.browsers.get(kind)
        ids = browser.selected_ids() if browser is not None else []
        return ids[0] if ids else None

    def hideEvent(self, event: QHideEvent) -> None:
        self.messages.clear()  # a message belongs to the page where the edit was made
        super().hideEvent(event)


class SinglePage(TablePage):
    def __init__(self, document: Document, kind: EntityKind, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._finish(self._browser(kind))


class TabbedPage(TablePage):
    """Several kinds side by side in tabs (people and teams; measurements, feedback, metrics)."""

    def __init__(
        self, document: Document, kinds: tuple[EntityKind, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(document, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for kind in kinds:
            self.tabs.addTab(self._browser(kind), kind_label(kind, 2).capitalize())
        self._finish(self.tabs)

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool:
        browser = self.browsers.get(kind)
        if browser is None:
            return False
        self.tabs.setCurrentWidget(browser)
        return browser.select(entity_id)
