"""The Overview's first build (issue 17): the page's first frame shows the title, the
programme's lines and the first stage card; the rest is built once that frame is painted,
laid out exactly where a full build puts it."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from planner import templates
from ui.dashboard.widget import DashboardWidget
from ui.document import Document

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AS_OF = dt.date(2026, 3, 2)


@pytest.fixture
def document(qapp: object) -> Document:
    roadmap = templates.create(templates.SAMPLE, today=AS_OF)
    assert len(roadmap.stages) > 1  # the rest has cards to build
    return Document(roadmap)


def _geometry(widget: DashboardWidget) -> list[tuple[str, int, int, int, int]]:
    """Every widget of the page's body with its place in the body (plain boxes aside: the
    first build holds the other cards in one)."""
    body = widget.scroll_area.widget()
    assert body is not None
    found = []
    for child in body.findChildren(QWidget):
        if child.isVisibleTo(body) and type(child) is not QWidget:
            at = child.mapTo(body, child.rect().topLeft())
            found.append((type(child).__name__, at.x(), at.y(), child.width(), child.height()))
    return sorted(found, key=lambda g: (g[2], g[1], g[0], g[3], g[4]))


def _settled(qtbot: QtBot, widget: DashboardWidget) -> list[tuple[str, int, int, int, int]]:
    """The page's layout once it stops changing (tables fit their rows after a turn)."""
    before = _geometry(widget)
    for _ in range(50):
        qtbot.wait(100)
        now = _geometry(widget)
        if now == before:
            return now
        before = now
    raise AssertionError("the page's layout never settled")


def test_the_first_build_makes_the_rest_after_the_first_frame(
    qtbot: QtBot, document: Document
) -> None:
    widget = DashboardWidget(document)
    qtbot.addWidget(widget)
    first = document.figures().readiness[0].stage.id
    assert list(widget._cards) == [first]  # before any frame: the first card only
    assert widget._trees == {}
    assert widget.value_cards == []
    assert widget.grids == {}
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget._trees))  # painted: the rest follows
    assert list(widget._cards) == [r.stage.id for r in widget.readiness]
    assert set(widget._trees) == {"actions", "people", "friction", "findings"}
    assert widget.grids
    assert widget.value_cards


def test_asking_for_the_cards_or_lists_completes_the_first_build(
    qtbot: QtBot, document: Document
) -> None:
    widget = DashboardWidget(document)
    qtbot.addWidget(widget)
    assert list(widget.cards) == [r.stage.id for r in widget.readiness]  # never painted
    assert set(widget.trees) == {"actions", "people", "friction", "findings"}
    assert widget.grids


def test_the_completed_page_is_laid_out_as_a_full_build(qtbot: QtBot, document: Document) -> None:
    widget = DashboardWidget(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget._trees))
    completed = _settled(qtbot, widget)
    picture = widget.scroll_area.widget().grab().toImage()  # type: ignore[union-attr]
    widget.refresh()  # a later build makes everything at once
    assert _settled(qtbot, widget) == completed
    assert widget.scroll_area.widget().grab().toImage() == picture  # type: ignore[union-attr]


def test_a_roadmap_of_one_stage_leaves_no_gap(qtbot: QtBot, document: Document) -> None:
    roadmap = document.roadmap
    keep = roadmap.stages[0].id
    one = roadmap.model_copy(
        update={
            "stages": roadmap.stages[:1],
            "use_cases": [u for u in roadmap.use_cases if u.stage_id in (keep, None)],
        }
    )
    document.replace(one)
    widget = DashboardWidget(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget._trees))
    completed = _settled(qtbot, widget)
    widget.refresh()
    assert _settled(qtbot, widget) == completed
