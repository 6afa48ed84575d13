"""Layouts that hold at 1366×768 and larger, in English and in French.

For every page of the window and every dialog: no column header, label, button
or tab is cut where there is room for it (measured with QFontMetrics against
the widget's width), and a wide table keeps its name column in view when it
is scrolled sideways. Layouts are measured at the size the app gives them on
such a screen (:mod:`ui.app.sizing`), not at the offscreen platform's 800×600.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from layout_support import changed_copy, every_dialog, everything_cut
from shell_support import SIZE_HINTS

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QScrollBar

from ui.app import i18n
from ui.app.sizing import dialog_size, first_window_size, preferred_size
from ui.models.columns import LEADING
from ui.views.browser import EntityBrowser

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)

SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1920x1080": QRect(0, 0, 1920, 1040)}
"""Rooms the desktop leaves on common screens (a 40-pixel task bar)."""
PAGES = (
    "overview", "timeline", "stages", "use_cases", "friction_points", "people",
    "data_sources", "measurements", "decisions", "risks",
)  # fmt: skip


@pytest.fixture(autouse=True)
def desktop_font(qapp) -> Iterator[None]:
    """A desktop's usual 10-point font (the offscreen platform's default is 9): layouts
    are measured where text takes more room."""
    before = qapp.font()
    font = qapp.font()
    font.setPointSizeF(10.0)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp) -> Iterator[str]:
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


@pytest.fixture(params=sorted(SCREENS))
def room(request) -> QRect:
    return SCREENS[request.param]


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _open_window(window, qtbot, room: QRect):
    window.resize(first_window_size(room))
    window.show()
    qtbot.waitExposed(window)
    return window


def _every_tab(page) -> list:
    """The page itself and, for tabbed pages, each tab shown in turn."""
    from PySide6.QtWidgets import QTabWidget

    shown = [None]
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            shown.append((tabs, index))
    return shown


def test_pages_cut_nothing_that_has_room(window, qtbot, language, room) -> None:
    """Every page, and every tab of a page (one window: building one costs more than a page)."""
    _open_window(window, qtbot, room)
    found = []
    for key in PAGES:
        page = window.show_page(key)
        for tab in _every_tab(page):
            if tab is not None:
                tab[0].setCurrentIndex(tab[1])
            _settle()
            found += [f"{key}: {c}" for c in everything_cut(window)]
    assert not found, "\n".join(found)


def _name_column(browser: EntityBrowser) -> int:
    """What names a row: the first leading column, else the table's first column."""
    for key in LEADING.get(browser.kind, ()):
        column = browser.model.column_of(key)
        if column >= 0:
            return column
    return 0


@pytest.mark.parametrize("key", [k for k in PAGES if k not in ("overview", "timeline")])
def test_the_name_stays_in_view_when_a_table_scrolls_sideways(window, qtbot, key: str) -> None:
    _open_window(window, qtbot, SCREENS["1366x768"])
    page = window.show_page(key)
    scrolled = 0
    for browser in page.findChildren(EntityBrowser):
        if not browser.isVisible() or browser.proxy.rowCount() == 0:
            continue
        table = browser.table
        bar: QScrollBar = table.horizontalScrollBar()
        if bar.maximum() == 0:
            continue
        name = _name_column(browser)
        assert table.frozen_column() == name
        bar.setValue(bar.maximum())
        _settle()
        assert table.columnViewportPosition(name) < 0  # the table itself scrolled it away…
        frozen = table.frozen
        assert frozen.isVisible()
        cell = frozen.visualRect(browser.proxy.index(0, name))
        assert cell.left() >= 0
        assert frozen.columnWidth(name) == table.columnWidth(name) > 0
        assert cell.width() >= table.columnWidth(name) - 1  # less the grid line
        assert frozen.viewport().rect().contains(cell.center())  # …the frozen one shows it
        first = browser.proxy.index(0, name).data()
        assert frozen.indexAt(cell.center()).data() == first
        scrolled += 1
    if key in ("use_cases", "stages"):
        assert scrolled, "these tables are wider than the window at 1366×768"


IN_VIEW = {
    "use_cases": ("use_case", ("name", "status", "value", "roi", "tier")),
    "friction_points": ("friction_point", ("title", "cost_per_year")),
    "risks": ("risk", ("title", "score", "status")),
    "stages": ("stage", ("name", "status", "gate_review")),
}


def test_what_matters_is_in_view_without_scrolling(window, qtbot, language) -> None:
    _open_window(window, qtbot, SCREENS["1366x768"])
    for key, (kind, keys) in IN_VIEW.items():
        page = window.show_page(key)
        _settle()
        browser = page.browsers[kind]
        table = browser.table
        for name in keys:
            column = browser.model.column_of(name)
            right = table.columnViewportPosition(column) + table.columnWidth(column)
            assert table.columnViewportPosition(column) >= 0, (key, name)
            assert right <= table.viewport().width(), f"{key}: {name} is off-screen"


def test_the_checks_find_what_is_cut(qtbot) -> None:
    """The measures above are not blind: a header, a label and a button made too narrow
    on purpose are all reported."""
    from layout_support import cut_buttons, cut_headers, cut_labels

    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    table = QTableView()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Hours saved / user / week", "x"])
    table.setModel(model)
    table.setColumnWidth(0, 40)
    label = QLabel("Measurements and feedback of every team")
    label.setFixedWidth(60)
    button = QPushButton("Record the decision")
    button.setFixedWidth(50)
    for widget in (table, label, button):
        column.addWidget(widget)
    host.resize(400, 300)
    host.show()
    _settle()
    assert [c.text for c in cut_headers(host)] == ["Hours saved / user / week"]
    assert [c.text for c in cut_labels(host)] == ["Measurements and feedback of every team"]
    assert [c.text for c in cut_buttons(host)] == ["Record the decision"]


def test_first_window_uses_the_screen() -> None:
    assert first_window_size(QRect(0, 0, 1366, 728)) == QSize(1366, 728)
    big = first_window_size(QRect(0, 0, 1600, 960))
    assert QSize(1300, 780).width() <= big.width() <= 1600
    assert big.height() <= 960
    assert first_window_size(QRect(0, 0, 3840, 2100)).width() <= 1920


# ------------------------------------------------------------------ dialogs


USAGE_FILE = Path(__file__).parents[1] / "planner" / "usage_samples" / "tidy_basic.csv"


def test_dialogs_cut_nothing_that_has_room(window, qtbot, language, room, tmp_path) -> None:
    _open_window(window, qtbot, room)
    other = changed_copy(window.document, tmp_path)
    for name, dialog in every_dialog(window, other, USAGE_FILE):
        qtbot.addWidget(dialog)
        dialog.resize(dialog_size(preferred_size(dialog).expandedTo(dialog.sizeHint()), room))
        dialog.show()
        _settle()
        cut = everything_cut(dialog)
        assert not cut, name + ":\n" + "\n".join(str(c) for c in cut)
        dialog.close()


def test_gate_review_tables_take_the_free_space(window, qtbot, language, room) -> None:
    """At the size the app gives it, in English and French: every criterion in view, the
    forecast column wide enough for its sentence on a few lines."""
    from ui.dialogs.gate_review import GateReviewDialog

    _open_window(window, qtbot, room)
    stage = window.document.roadmap.stages[0].id
    dialog = GateReviewDialog(window.document, stage, dt.date.today(), window)
    qtbot.addWidget(dialog)
    dialog.resize(dialog_size(preferred_size(dialog), room))
    dialog.show()
    _settle()
    table = dialog.criteria
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    # Every criterion in view (no empty half-dialog under a scrolled table)…
    assert table.viewport().height() >= rows
    forecast = table.columnWidth(table.columnCount() - 1)
    assert forecast >= 18 * table.fontMetrics().averageCharWidth(), forecast
    # …and every line of the attendees box.
    box = dialog.attendees
    lines = box.viewport().height() // box.fontMetrics().lineSpacing()
    assert lines >= 3


def test_gate_captions_leave_their_stage_bar_in_view(window, qtbot) -> None:
    """A stage that ends after its review (or is dragged later) keeps its bar's end visible:
    the gate's caption goes after it, not over it."""
    from PySide6.QtGui import QFontMetricsF

    from ui.timeline import texts

    _open_window(window, qtbot, SCREENS["1366x768"])
    widget = window.show_page("timeline")
    _settle()
    view = widget.view
    painter, frame = view.painter_(), view.frame()
    marks = list(painter.layout.gates)
    assert marks
    for mark in marks:
        caption = texts.gate_caption(mark.state, mark.met, mark.total, mark.decision_id is not None)
        width = QFontMetricsF(painter.style.small).horizontalAdvance(caption)
        box = painter.caption_box(mark, frame, width)
        bar = painter.bar_rect(mark.row, frame)
        assert box.left() >= bar.right(), caption
        assert box.left() >= painter.diamond_centre(mark, frame).x()
    # Dragging the stage later moves the caption along with the bar's end.
    mark = marks[0]
    row = painter.layout.rows[mark.row]
    dragged = dataclasses.replace(frame, drafts={mark.row: (row.start, row.end + 21)})
    box = painter.caption_box(mark, dragged, 50)
    assert box.left() >= painter.bar_rect(mark.row, dragged, (row.start, row.end + 21)).right()
