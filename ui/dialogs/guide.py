"""The guide (Help ▸ Guide, F1): a few illustrated pages, read in the app, offline.

The pages are local HTML in ``resources/help/<language>/`` — the method in one
page, a month with the app, what each gate figure means — with pictures in
``resources/help/images/``; the keyboard shortcuts page is written from the
window's own actions, so it is always true and in the app's language. Qt's
text browser shows them; it is given local files only, and a link that leaves
the guide (a web address) is not followed: the app never touches the network.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner import i18n as planner_i18n
from planner.resources import resources_dir

PAGES = ("method", "month", "gates", "shortcuts")
"""The guide's pages, in reading order."""
GENERATED = ("shortcuts",)
"""Pages written from the app itself rather than read from a file."""


def help_dir(language: str) -> Path:
    """The guide's pages in a language (English where there is no such folder)."""
    folder = resources_dir() / "help" / language
    return folder if folder.is_dir() else resources_dir() / "help" / "en"


class LocalBrowser(QTextBrowser):
    """A text browser that reads local files only and follows no link out of the guide.

    ``guide:NAME`` pages are written by ``generate(NAME)`` (the shortcuts)."""

    left_guide = Signal(QUrl)
    """A link to somewhere outside the guide was clicked (it is not followed)."""

    def __init__(self, generate: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generate = generate
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)

    def _resolved(self, url: QUrl) -> QUrl:
        return self.source().resolved(url) if url.isRelative() else url

    def _clicked(self, url: QUrl) -> None:
        target = self._resolved(url)
        if target.isLocalFile() and Path(target.toLocalFile()).stem in GENERATED:
            self.setSource(QUrl(f"guide:{Path(target.toLocalFile()).stem}"))
        elif target.isLocalFile() or target.scheme() == "guide":
            self.setSource(target)
        else:
            self.left_guide.emit(url)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = self._resolved(QUrl(name))
        if url.scheme() == "guide":
            return self._generate(url.path())
        if not url.isLocalFile():
            return None  # never the network
        return super().loadResource(kind, url)


class GuideWindow(QDialog):
    """The guide: its pages listed on the left, the page shown on the right."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self._actions = actions
        self.contents = QListWidget(self)
        self.contents.setObjectName("guide-contents")
        self.browser = LocalBrowser(self._generated, self)
        self.browser.setObjectName("guide-page")
        self.note = QLabel(self)
        self.note.hide()
        self.back = QPushButton(self)
        self.forward = QPushButton(self)
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.browser.sourceChanged.connect(self._page_changed)
        self.browser.left_guide.connect(self._left_guide)
        self.contents.currentRowChanged.connect(self._row_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.forward)
        buttons.addStretch(1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.browser, 1)
        column.addWidget(self.note)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.show_page("method")

    def showEvent(self, event: QShowEvent) -> None:
        # The list of pages as wide as its longest title; the page takes the rest.
        wanted = self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 12
        self._splitter.setSizes([wanted, max(1, self.width() - wanted)])
        super().showEvent(event)

    # ------------------------------------------------------------ pages

    def language(self) -> str:
        return planner_i18n.language()

    def page_url(self, page: str) -> QUrl:
        if page in GENERATED:
            return QUrl(f"guide:{page}")
        return QUrl.fromLocalFile(str(help_dir(self.language()) / f"{page}.html"))

    def show_page(self, page: str) -> None:
        """Show one of :data:`PAGES`."""
        self.browser.setSource(self.page_url(page))

    def current_page(self) -> str:
        source = self.browser.source()
        if source.scheme() == "guide":
            return source.path()
        return Path(source.toLocalFile()).stem

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(PAGES) and self.current_page() != PAGES[row]:
            self.show_page(PAGES[row])

    def _page_changed(self, _url: QUrl) -> None:
        page = self.current_page()
        row = PAGES.index(page) if page in PAGES else -1
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(row)
        self.contents.blockSignals(False)
        self.note.hide()
        title = self._titles().get(page)
        self.setWindowTitle(self.tr("Guide — {page}").format(page=title) if title else "")

    def _left_guide(self, url: QUrl) -> None:
        self.note.setText(
            self.tr("Links outside the guide are not opened (the app stays offline): {url}").format(
                url=url.toString()
            )
        )
        self.note.show()

    # ------------------------------------------------------------ texts

    def _titles(self) -> dict[str, str]:
        return {
            "method": self.tr("The method in one page"),
            "month": self.tr("A month with the app"),
            "gates": self.tr("What each gate figure means"),
            "shortcuts": self.tr("Keyboard shortcuts"),
        }

    def _generated(self, page: str) -> str:
        return self.shortcuts_html() if page == "shortcuts" else ""

    def shortcuts_html(self) -> str:
        """Every command with a shortcut, as the window's actions have them now."""
        rows = []
        for action in self._actions:
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if _typed_key(k)]
            if not keys:
                continue
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append(
                f"<tr><td><b>{html.escape(' · '.join(keys))}</b></td>"
                f"<td>{html.escape(name)}</td></tr>"
            )
        title = html.escape(self._titles()["shortcuts"])
        tables = html.escape(
            self.tr(
                "In tables: Insert adds a row, Ctrl+D duplicates it, Del deletes it, Alt+↑ and "
                "Alt+↓ move it, F2 edits a cell, Ctrl+C and Ctrl+V copy and paste rows."
            )
        )
        timeline = html.escape(
            self.tr(
                "In the timeline: ↑ and ↓ select a row, Shift+← and Shift+→ move its bar, "
                "Ctrl+Shift+← and Ctrl+Shift+→ move its end, F fits the plan, Enter shows the "
                "row in its table."
            )
        )
        return (
            f"<html><body><h1>{title}</h1><table cellpadding='4'>{''.join(rows)}</table>"
            f"<p>{tables}</p><p>{timeline}</p></body></html>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "contents"):
            page = self.current_page()
            self.retranslate()
            self.browser.clearHistory()
            self.show_page(page if page in PAGES else "method")  # the page in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = self._titles()
        self.contents.clear()
        for page in PAGES:
            QListWidgetItem(titles[page], self.contents)
        self.contents.setAccessibleName(self.tr("Pages of the guide"))
        self.browser.setAccessibleName(self.tr("Page of the guide"))
        self.back.setText(self.tr("← &Back"))
        self.forward.setText(self.tr("&Forward →"))
        self.back.setEnabled(self.browser.isBackwardAvailable())
        self.forward.setEnabled(self.browser.isForwardAvailable())


def _typed_key(keys: str) -> bool:
    """A shortcut a person types (Ctrl+S, F1, Del), not a special keyboard's own key
    that some platforms add to a standard one ("New", "Open", "Save")."""
    return "+" in keys or (keys.startswith("F") and keys[1:].isdigit()) or keys in _PLAIN_KEYS


_PLAIN_KEYS = frozenset({"Del", "Delete", "Ins", "Insert", "Esc", "Suppr", "Inser", "Échap"})
