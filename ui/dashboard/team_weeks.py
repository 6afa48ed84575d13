"""The Overview's adoption by team and week, and its open actions.

Per stage with team figures, a grid: one row per team (then the whole stage),
one column per week (the last twelve up to the as-of date), each cell showing
the figure — active users %, habitual users % or actions per active user, as
chosen above the grids — on a colour that says where it stands against the
stage's gate threshold (met, within 80 % of it, below). Everything comes from
:func:`planner.measures.adoption.team_weeks` (the numbers the workbook and the
``adoption`` command show), rounded by the planner's rule. "—" is a figure not
stored: no data, or withheld for privacy. Clicking a team shows it in People &
teams; its tooltip names its ambassadors and key users trained.

The open actions list (:func:`planner.evidence.decisions.open_actions`):
overdue first, each line clickable to the action.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from planner.evidence.decisions import open_actions
from planner.evidence.figures import Figures
from planner.model.entities import UsageFigure
from planner.model.kinds import EntityKind
from planner.numbers import NumberKind, number_text
from ui.dashboard.sections import LinkTree
from ui.timeline import texts

if TYPE_CHECKING:
    from planner.measures.adoption import StageAdoption

MAX_ACTIONS = 20
# Keyed by planner.measures.adoption.Tone's values: that module (and the usage package it
# needs) loads on first use, not with the window (issue 17).
_LIGHT = {"met": "#D5EBDA", "near": "#FBE5C0", "below": "#F6CFCA"}
_DARK = {"met": "#1E4A2B", "near": "#5A4314", "below": "#5E2620"}
_SYMBOL = {"met": "✓", "near": "~", "below": "✗", "none": ""}
_KIND = Qt.ItemDataRole.UserRole


def figure_names() -> dict[UsageFigure, str]:
    return {
        UsageFigure.ACTIVE: texts.tr("Active users %"),
        UsageFigure.HABITUAL: texts.tr("Habitual users %"),
        UsageFigure.ACTIONS: texts.tr("Actions per active user"),
    }


def cell_text(figure: UsageFigure, value: float | None) -> str:
    if value is None:
        return "—"
    if figure is UsageFigure.ACTIONS:
        return number_text(value, NumberKind.NUMBER)  # in the planner's language, as the app's
    return f"{number_text(value, NumberKind.PERCENT)} %"


class TeamWeekGrid(QTableWidget):
    """One stage's teams by week for one figure (read-only; a click shows the team)."""

    navigate = Signal(object, str)

    def __init__(
        self, figures: Figures, adoption: StageAdoption, figure: UsageFigure,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        from planner.measures.adoption import team_weeks

        weeks, rows = team_weeks(adoption)
        super().__init__(len(rows), len(weeks) + 1, parent)
        self.adoption = adoption
        self.setAccessibleName(
            texts.tr("{stage}: {figure} by team and week").format(
                stage=adoption.stage.name, figure=figure_names()[figure]
            )
        )
        self.setHorizontalHeaderLabels(
            [texts.tr("Team"), *(texts.day_text(w, year=False) for w in weeks)]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # 13 columns
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colours = _DARK if dark else _LIGHT
        teams = figures.tables.teams
        people = figures.roadmap.people
        for r, row in enumerate(rows):
            group = row.group
            name = QTableWidgetItem(group.name if group.team_id else texts.tr("Whole stage"))
            if group.team_id is not None:
                name.setData(_KIND, group.team_id)
                found = teams.get(group.team_id)
                ambassadors = [p.name for p in people
                               if p.team_id == group.team_id and p.is_ambassador]  # fmt: skip
                tip = texts.tr("Ambassadors: {names}").format(
                    names=", ".join(ambassadors) or texts.tr("none")
                )
                if found is not None and found.key_users:
                    tip += "\n" + texts.tr("Key users trained: {done} of {total}").format(
                        done=found.trained, total=found.key_users
                    )
                name.setToolTip(tip + "\n" + texts.tr("Click to show the team and its people."))
            else:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.setItem(r, 0, name)
            for c, cell in enumerate(row.cells[figure], start=1):
                item = QTableWidgetItem(
                    (_SYMBOL[cell.tone] + " " if _SYMBOL[cell.tone] else "")
                    + cell_text(figure, cell.value)
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if cell.tone in colours:
                    item.setBackground(QBrush(QColor(colours[cell.tone])))
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.resizeRowsToContents()
        height = header.sizeHint().height() + sum(self.rowHeight(r) for r in range(len(rows)))
        self.setFixedHeight(height + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def _clicked(self, item: QTableWidgetItem) -> None:
        first = self.item(item.row(), 0)
        team_id = first.data(_KIND) if first is not None else None
        if team_id:
            self.navigate.emit(EntityKind.TEAM, str(team_id))


def actions_tree(figures: Figures) -> LinkTree:
    tree = LinkTree(
        [texts.tr("Due"), texts.tr("Action"), texts.tr("Owner"), texts.tr("Stage")],
        texts.tr("Open actions"),
    )
    stages = {s.id: s.name for s in figures.roadmap.stages}
    states = open_actions(figures.roadmap, figures.as_of)
    for state in states[:MAX_ACTIONS]:
        action = state.action
        due = texts.day_text(action.due) if action.due else "—"
        if state.overdue:
            due = "⚠ " + texts.tr("{date} (overdue)").format(date=due)
        cells = [due, " ".join(action.text.split()), action.owner,
                 stages.get(action.stage_id or "", "")]  # fmt: skip
        item = tree.add(cells, EntityKind.ACTION, action.id)
        item.setToolTip(1, action.text)
    if len(states) > MAX_ACTIONS:
        tree.add(["", texts.tr("… and {n} more open actions").format(n=len(states) - MAX_ACTIONS)])
    if not states:
        tree.add(["✓", texts.tr("No open action.")])
    tree.finish()
    return tree
