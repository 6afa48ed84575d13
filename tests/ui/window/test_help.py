"""Help: the guide's pages in both languages, offline, the shortcuts page written from the
actions, What's This on the Overview's figures, and menu paths in the README and the guide
that lead somewhere."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from ui.app import i18n
from ui.dialogs.guide import PAGES, help_dir

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(params=["en", "fr"])
def language(request, qapp) -> Iterator[str]:
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def test_help_menu_offers_the_guide_whats_this_and_about(window) -> None:
    texts = [a.text() for a in window.menus.help_menu.actions() if not a.isSeparator()]
    assert texts == ["&Guide", "&Keyboard Shortcuts", "&What's This?",
                     "&About Pilot-to-Scale Planner"]  # fmt: skip
    assert window.window_actions.guide.shortcut().toString() == "F1"
    assert window.window_actions.whats_this.shortcut().toString() == "Shift+F1"


def test_every_page_is_there_in_both_languages_with_its_pictures() -> None:
    for language in ("en", "fr"):
        folder = help_dir(language)
        assert folder.name == language
        for page in PAGES:
            if page == "shortcuts":
                continue
            text = (folder / f"{page}.html").read_text(encoding="utf-8")
            assert "http:" not in text
            assert "https:" not in text  # nothing to fetch: the guide is read offline
            for picture in re.findall(r'src="([^"]+)"', text):
                assert (folder / picture).resolve().is_file(), (language, page, picture)
            for link in re.findall(r'href="([^"#]+)', text):
                assert link.removesuffix(".html") in PAGES, (language, page, link)


def test_the_guide_opens_in_the_apps_language(window, qtbot, language: str) -> None:
    guide = window.help_guide("gates")
    qtbot.addWidget(guide)
    assert guide.current_page() == "gates"
    shown = guide.browser.toPlainText()
    first = "What each gate figure means" if language == "en" else "Ce que signifie chaque chiffre"
    assert shown.startswith(first)
    assert guide.browser.source().toLocalFile().endswith(f"/help/{language}/gates.html")
    document: QTextDocument = guide.browser.document()
    assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl(
        f"../images/gate-review-{language}.png")) is not None  # fmt: skip
    guide.contents.setCurrentRow(PAGES.index("month"))
    assert guide.current_page() == "month"
    assert guide.windowTitle().endswith(guide.contents.currentItem().text())


def test_the_shortcuts_page_is_written_from_the_actions(window, qtbot) -> None:
    guide = window.help_guide("shortcuts")
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    for keys, command in (("Ctrl+S", "Save"), ("Ctrl+I", "Import Usage Data…"), ("F1", "Guide"),
                          ("Ctrl+Shift+G", "Gate Review…")):  # fmt: skip
        assert re.search(rf"{re.escape(keys)}\s+{re.escape(command)}", text), (keys, command)
    guide.browser.backward()  # history works across generated and file pages
    guide.show_page("method")
    guide.browser.anchorClicked.emit(QUrl("shortcuts.html"))
    assert guide.current_page() == "shortcuts"


def test_links_out_of_the_guide_are_not_followed(window, qtbot) -> None:
    guide = window.help_guide("method")
    qtbot.addWidget(guide)
    before = guide.browser.source()
    guide.browser.anchorClicked.emit(QUrl("https://example.com/adoption"))
    assert guide.browser.source() == before
    assert not guide.note.isHidden()
    assert "example.com" in guide.note.text()
    assert (
        guide.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("https://example.com/x.png")
        )
        is None
    )


def test_whats_this_explains_the_overview_figures(window) -> None:
    dashboard = window.show_page("overview")
    card = next(iter(dashboard.cards.values()))
    assert "criteria" in card.summary.whatsThis()
    assert card.suggested.whatsThis()
    table = card.criteria
    for column in range(table.columnCount()):
        assert table.horizontalHeaderItem(column).whatsThis(), column
        assert table.item(0, column).whatsThis(), column
    assert all(chart.whatsThis() for chart in card.charts)
    assert dashboard.as_of_edit.whatsThis()
    people = dashboard.trees["people"]
    assert people.headerItem().whatsThis(3)


# ------------------------------------------------------------ menu paths in the texts

PATH = re.compile(r"(?:\*|<b>)([^*<>\n]+? ▸ [^*<>\n]+?)(?:\*|</b>)")


def _menu_paths(bar: QMenuBar) -> set[tuple[str, ...]]:
    def clean(text: str) -> str:
        text = text.replace("&", "").replace("\u202f", " ").rstrip("…").strip()
        return re.sub(r"\s*\(.*?\)$", "", text).casefold()

    found: set[tuple[str, ...]] = set()

    def walk(menu: QMenu, path: tuple[str, ...]) -> None:
        here = (*path, clean(menu.title()))
        found.add(here)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), here)
            elif action.text():
                found.add((*here, clean(action.text())))

    for action in bar.actions():
        if action.menu() is not None:
            walk(action.menu(), ())
    return found


def _mentioned(text: str) -> set[tuple[str, ...]]:
    paths = set()
    for match in PATH.findall(text):
        parts = [p.strip().rstrip("…").strip() for p in match.split("▸")]
        parts = [re.sub(r"\s*\(.*?\)$", "", p).casefold() for p in parts]
        paths.add(tuple(parts))
    return paths


def _page_tabs(window) -> set[tuple[str, ...]]:
    """``Page ▸ Tab`` paths: the navigator's pages and the tabs shown in each."""
    from PySide6.QtWidgets import QTabWidget

    found = set()
    for key in window.page_keys():
        page = window.show_page(key)
        title = window.navigator.spec(key).title().casefold()
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                found.add((title, tabs.tabText(index).replace("&", "").casefold()))
    return found


def test_readme_menu_paths_exist(window) -> None:
    known = _menu_paths(window.menuBar()) | _page_tabs(window)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    mentioned = _mentioned(readme)
    assert mentioned, "the README names menu paths"
    missing = sorted(" ▸ ".join(p) for p in mentioned - known)
    assert not missing, missing


def test_guide_menu_paths_exist(window, language: str) -> None:
    window.retranslate()
    QApplication.processEvents()
    known = _menu_paths(window.menuBar()) | _page_tabs(window)
    missing = []
    for page in ("method", "month", "gates"):
        text = html.unescape((help_dir(language) / f"{page}.html").read_text(encoding="utf-8"))
        text = re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))
        missing += [f"{page}: " + " ▸ ".join(p) for p in _mentioned(text) - known]
    assert not missing, missing
