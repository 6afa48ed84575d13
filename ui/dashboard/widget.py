"""The Overview dashboard: where the programme stands on a date.

Per stage, gate readiness (criteria met, mandatory knock-outs, suggested
outcome, forecasts) with adoption charts against the thresholds; ambassador
and training coverage per team; friction points ranked by yearly cost with
the use cases addressing them; method findings. Everything can be clicked to
show it. The as-of date is today unless another is chosen.

Interface for the main window::

    dashboard = DashboardWidget(document, parent)
    dashboard.navigate.connect(window.navigate_to)        # (EntityKind, id)
    dashboard.review_requested.connect(open_gate_review)  # (stage_id)
    dashboard.selection_changed.connect(...)              # (EntityKind, id)
    dashboard.select("stage", "stage-1")                  # reveal it
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.edit.change import Change
from planner.evidence.gates import StageReadiness
from planner.measures.series import Point
from planner.model.entities import UsageFigure
from planner.model.kinds import EntityKind
from ui.dashboard import explain
from ui.dashboard.blocks import heading, plain
from ui.dashboard.cards import CHART_SOURCES, StageCard
from ui.dashboard.register_line import RegisterLine
from ui.dashboard.sections import LinkTree, findings_tree, friction_tree, people_tree
from ui.dashboard.team_weeks import TeamWeekGrid, actions_tree, figure_names
from ui.document import Document
from ui.editors.dates import DayEdit
from ui.timeline import texts

if TYPE_CHECKING:
    from ui.dashboard.value_card import ValueCard

REFRESH_DELAY_MS = 150
REST_LATEST_MS = 1000
"""What the first build leaves below the page's first frame (the other stage cards, the
value cards, the team × week grids, the lists) comes once that frame is painted (issue
17), or this long after the build if the page is not painted by then."""
"""The dashboard is rebuilt this long after the last change (edits come in bursts)."""


class DashboardWidget(QWidget):
    navigate = Signal(object, str)
    """Show this entity (kind, id): a stage, criterion, team, friction point, use case…"""
    selection_changed = Signal(object, str)
    """The user moved to a line of one of the lists (kind, id)."""
    review_requested = Signal(str)
    """Open the gate review of this stage."""
    properties_requested = Signal()
    """Open the roadmap properties (where the value assumptions are changed)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._document = document
        self._selecting = False
        self.readiness: list[StageReadiness] = []
        self._cards: dict[str, StageCard] = {}
        self.grids: dict[str, TeamWeekGrid] = {}
        self._first_build = True
        self._pending = False
        self._rest: list[StageReadiness] = []
        self.figure = UsageFigure.ACTIVE
        """The figure the team × week grids show."""
        self.value_cards: list[ValueCard] = []
        self._trees: dict[str, LinkTree] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        # A bound method, not a lambda: Qt drops it when the page is deleted (language change).
        document.changed.connect(self._schedule_refresh)
        document.as_of_changed.connect(self._as_of_changed)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 4)
        self.title = heading("", 1.5)
        top.addWidget(self.title, 1)
        as_of_label = QLabel(self.tr("&As of:"))
        self.as_of_edit = DayEdit(None, self)
        self.as_of_edit.setAccessibleName(self.tr("Date the overview is shown for"))
        self.as_of_edit.setWhatsThis(explain.as_of())
        self.as_of_edit.setDate(texts.qdate(document.as_of()))
        self.as_of_edit.dateChanged.connect(self._date_chosen)
        as_of_label.setBuddy(self.as_of_edit)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setAccessibleName(self.tr("Show the overview as of today"))
        self.today_button.clicked.connect(lambda: self.set_as_of(None))
        top.addWidget(as_of_label)
        top.addWidget(self.as_of_edit)
        top.addWidget(self.today_button)
        outer.addLayout(top)
        outer.addWidget(self.scroll_area, 1)
        self.refresh()

    # ------------------------------------------------------------ public API

    def _schedule_refresh(self, _change: Change | None = None) -> None:
        self._timer.start()

    def as_of(self) -> dt.date:
        """The document's as-of date: every page shows its figures for it."""
        return self._document.as_of()

    def set_as_of(self, day: dt.date | None) -> None:
        """Show every figure as of ``day`` (None: today)."""
        self._document.set_as_of(day)

    def _as_of_changed(self) -> None:
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(texts.qdate(self.as_of()))
        self.as_of_edit.blockSignals(False)
        self.refresh()

    @Slot(object, str)
    def select(self, kind: EntityKind, entity_id: str) -> bool:
        """Reveal an entity the dashboard shows (no ``selection_changed``)."""
        card = self.cards.get(entity_id) if kind == EntityKind.STAGE else None
        if card is not None:
            self.scroll_area.ensureWidgetVisible(card, 0, 0)
            card.setFocus()
            return True
        for tree in self.trees.values():
            item = tree.find_entity(kind, entity_id)
            if item is not None:
                self._selecting = True
                tree.setCurrentItem(item)
                self._selecting = False
                self.scroll_area.ensureWidgetVisible(tree)
                return True
        return False

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool:
        return self.select(kind, entity_id)

    # ------------------------------------------------------------ content

    @property
    def cards(self) -> dict[str, StageCard]:
        """The stage cards, by stage id (all of them: asking completes a first build)."""
        self._complete()
        return self._cards

    @property
    def trees(self) -> dict[str, LinkTree]:
        """The lists below the cards, by key (asking completes a first build)."""
        self._complete()
        return self._trees

    def refresh(self) -> None:
        """Rebuild every section from the roadmap as of the date shown.

        The first build makes only what the page's first frame shows — the title, the
        programme's lines and the first stage card — and the rest (the other cards, value
        against cost, the team grids, the lists) once that frame is painted (issue 17):
        they are below it. Asking for :attr:`cards` or :attr:`trees` completes it at once.
        """
        self._timer.stop()
        figures = self._document.figures()
        roadmap = figures.roadmap
        self.title.setText(roadmap.title)
        self.readiness = list(figures.readiness)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 4, 12, 12)
        layout.setSpacing(8)
        who = " · ".join(t for t in (roadmap.organisation, roadmap.owner) if t)
        if who:
            layout.addWidget(plain(who))
        if roadmap.objective:
            layout.addWidget(plain(roadmap.objective, wrap=True))

        layout.addWidget(heading(self.tr("Gate readiness by stage")))
        self._cards = {}
        self._trees = {}
        first_build, self._first_build = self._first_build, False
        now = self.readiness[:1] if first_build else self.readiness
        for readiness in now:
            layout.addWidget(self._card(readiness))
        if not self.readiness:
            layout.addWidget(plain(self.tr("No stages yet.")))
        # The rest goes into boxes in its place, laid out as if it were the page's own
        # lines (no margins, the page's spacing); a box left empty is hidden.
        self._more_cards = _section(body, layout.spacing())
        layout.addWidget(self._more_cards)
        self.team_weeks_box = QWidget(body)
        QVBoxLayout(self.team_weeks_box).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.team_weeks_box)
        self._lists = _section(body, layout.spacing())
        layout.addWidget(self._lists)
        layout.addStretch(1)
        self._rest = self.readiness[len(now) :]
        self._pending = True
        position = self.scroll_area.verticalScrollBar().value()
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(body)
        if old is not None:
            old.deleteLater()
        if first_build:  # the rest after the page's first frame
            self.title.installEventFilter(self)
            QTimer.singleShot(REST_LATEST_MS, self, self._complete)
        else:
            self._complete()
        self.scroll_area.verticalScrollBar().setValue(position)

    def _card(self, readiness: StageReadiness) -> StageCard:
        figures = self._document.figures()
        card = StageCard(figures.roadmap, readiness, self._series(readiness), figures.as_of)
        compliance = next(c for c in figures.compliance if c.stage.id == readiness.stage.id)
        line = RegisterLine(compliance)
        line.navigate.connect(card.navigate)
        card.add_section(line)
        card.navigate.connect(self.navigate)
        card.review_requested.connect(self.review_requested)
        self._cards[readiness.stage.id] = card
        return card

    def _series(self, readiness: StageReadiness) -> dict[str, list[Point]]:
        figures = self._document.figures()
        return {
            r.criterion.id: figures.series(readiness.stage.id, r.metric.id)
            for r in readiness.results
            if r.metric.source in CHART_SOURCES
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.Paint:
            # The page's first frame is being painted: the rest of the page comes after it,
            # below what it shows (not on a timer, which could fire in the middle of the
            # window's first layout and paint it half laid out).
            self.title.removeEventFilter(self)
            QTimer.singleShot(0, self, self._complete)
        return False

    def _complete(self) -> None:
        """Build what the last build left for later (nothing if it is built)."""
        if not self._pending:
            return
        self._pending = False
        self.title.removeEventFilter(self)
        more = self._more_cards.layout()
        assert more is not None
        for readiness in self._rest:
            more.addWidget(self._card(readiness))
        self._more_cards.setVisible(bool(self._rest))
        self._fill_team_weeks()
        self._fill_lists()

    def _fill_lists(self) -> None:
        figures = self._document.figures()
        self._trees = {
            "actions": actions_tree(figures),
            "people": people_tree(figures),
            "friction": friction_tree(figures),
            "findings": findings_tree(figures),
        }
        headings = {
            "actions": self.tr("Open actions"),
            "people": self.tr("Ambassadors and training by team"),
            "friction": self.tr(
                "Friction points by yearly cost, with the use cases addressing them"
            ),
            "findings": self.tr("Method findings"),
        }
        lists = self._lists.layout()
        assert lists is not None
        for key, tree in self._trees.items():
            lists.addWidget(heading(headings[key]))
            lists.addWidget(tree)
            tree.navigate.connect(self.navigate)
            tree.currentItemChanged.connect(self._current_changed)
        self._lists.setVisible(True)

    def _fill_team_weeks(self) -> None:
        """Value against cost by stage, then adoption by team and week (one grid per stage
        with team figures)."""
        box = self.team_weeks_box
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        figures = self._document.figures()
        from ui.dashboard.value_card import value_cards  # the value report needs the usage package

        self.value_cards = value_cards(figures.value)
        if self.value_cards:
            layout.addWidget(heading(self.tr("Value against cost by stage")))
        for value_card in self.value_cards:
            value_card.navigate.connect(self.navigate)
            value_card.assumptions_requested.connect(self.properties_requested)
            layout.addWidget(value_card)
        shown = [a for a in figures.adoption if a.weeks and a.teams]
        self.grids = {}
        if not shown:
            return
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Adoption by team and week")))
        row.addStretch(1)
        label = QLabel(self.tr("&Figure:"))
        self.figure_combo = QComboBox(self)
        self.figure_combo.setAccessibleName(self.tr("Figure the team grids show"))
        for figure, name in figure_names().items():
            self.figure_combo.addItem(name, figure.value)
        self.figure_combo.setCurrentIndex(self.figure_combo.findData(self.figure.value))
        self.figure_combo.activated.connect(self._figure_chosen)
        label.setBuddy(self.figure_combo)
        row.addWidget(label)
        row.addWidget(self.figure_combo)
        layout.addLayout(row)
        layout.addWidget(plain(self.tr(
            "Colour against the stage's gate threshold: ✓ met, ~ within 80 % of it, ✗ below; "
            "— no figure (no data, or withheld for privacy). Click a team to see its people."
        ), wrap=True))  # fmt: skip
        for adoption in shown:
            layout.addWidget(plain(adoption.stage.name))
            grid = TeamWeekGrid(figures, adoption, self.figure)
            grid.navigate.connect(self.navigate)
            layout.addWidget(grid)
            self.grids[adoption.stage.id] = grid

    def _figure_chosen(self, index: int) -> None:
        self.figure = UsageFigure(self.figure_combo.itemData(index))
        self.refresh()

    def _date_chosen(self, day: QDate) -> None:
        self.set_as_of(dt.date(day.year(), day.month(), day.day()))

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if self._selecting or item is None:
            return
        kind, entity_id = (
            item.data(0, Qt.ItemDataRole.UserRole),
            item.data(0, Qt.ItemDataRole.UserRole + 1),
        )
        if kind and entity_id:
            self.selection_changed.emit(EntityKind(kind), str(entity_id))


def _section(parent: QWidget, spacing: int) -> QWidget:
    """A box of page lines filled later: hidden until then."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    box.hide()
    return box
