"""The Scale-out page: which proven use case to spread to which team next (issue 20).

It shows, for the document's as-of date, what ``pilot-planner scale-out`` prints
(:attr:`planner.evidence.figures.Figures.scale_out`): the rule, the use cases
proven in a team, the candidate teams ranked by expected value with their
readiness and reasons, and the ideas backlog. *Plan it* runs
:func:`planner.scaleout.plan.plan_candidate` as one undoable edit; *Promote*
runs :func:`planner.scaleout.ideas.promote`; *Add an idea* adds a row to the
ideas table beside the backlog, edited like any other table. Double-clicking a
use case shows it in the Use cases page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.edit.change import Change
from planner.edit.operations import EditError
from planner.evidence.forecast import format_day
from planner.model.kinds import EntityKind
from planner.scaleout.ideas import promote
from planner.scaleout.plan import Mode, plan_candidate
from planner.scaleout.rule import bars, bars_text, rule_text
from planner.scaleout.text import more_text, summary
from ui.document import Document
from ui.pages.base import TablePage
from ui.pages.scale_out_tables import (
    REASONS_COLUMN,
    candidate_header_tips,
    candidate_headers,
    fill_candidates,
    fill_ideas,
    fill_proven,
    idea_headers,
    make_table,
    proven_headers,
    row_key,
)


def _section(title: str, body: QWidget, *extra: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    row = QHBoxLayout()
    heading = QLabel(f"<b>{title}</b>")
    row.addWidget(heading)
    row.addStretch(1)
    for widget in extra:
        row.addWidget(widget)
    layout.addLayout(row)
    layout.addWidget(body, 1)
    return box


class ScaleOutPage(TablePage):
    navigate = Signal(object, str)
    """The user asked to see an entity (kind, id)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._dirty = True
        self.heading = QLabel()
        self.heading.setObjectName("scaleOutHeading")
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setObjectName("scaleOutRule")

        self.proven = make_table(proven_headers(), "provenTable")
        self.show_all = QCheckBox(
            QCoreApplication.translate("ScaleOut", "Show the use cases not yet proven")
        )
        self.show_all.toggled.connect(self.refresh)
        self.candidates = make_table(candidate_headers(), "candidatesTable")
        self.candidates.setWordWrap(True)
        for offset, tip in enumerate(candidate_header_tips()):
            header_item = self.candidates.horizontalHeaderItem(REASONS_COLUMN + 1 + offset)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.plan_button = QPushButton(QCoreApplication.translate("ScaleOut", "Plan it"))
        self.plan_button.setToolTip(
            QCoreApplication.translate(
                "ScaleOut",
                "Plan the selected candidate in one step: the use case for the team in the next "
                "stage, after the current gate, with an ambassador and a training action (Undo "
                "takes it all back).",
            )
        )
        self.plan_button.clicked.connect(self.plan_selected)
        self.extend_button = QPushButton(
            QCoreApplication.translate("ScaleOut", "Add the team to the use case")
        )
        self.extend_button.setToolTip(
            QCoreApplication.translate(
                "ScaleOut",
                "Instead of a new use case in the next stage: the team joins the proven use "
                "case and its stage, with an ambassador and a training action (one undo step).",
            )
        )
        self.extend_button.clicked.connect(lambda: self.plan_selected(Mode.EXTEND))
        self.more = QLabel()
        self.more.setObjectName("moreNote")
        self.more.setVisible(False)
        self.planned = QLabel()
        self.planned.setObjectName("plannedNote")
        self.ideas = make_table(idea_headers(), "ideasTable")
        self.promote_button = QPushButton(
            QCoreApplication.translate("ScaleOut", "Promote to a use case")
        )
        self.promote_button.clicked.connect(self.promote_selected)
        self.add_button = QPushButton(QCoreApplication.translate("ScaleOut", "Add an idea"))
        self.add_button.clicked.connect(self.add_idea)
        self.idea_browser = self._browser(EntityKind.IDEA)

        self.proven.setAccessibleName(QCoreApplication.translate("ScaleOut", "Proven use cases"))
        self.candidates.setAccessibleName(
            QCoreApplication.translate("ScaleOut", "Candidates, highest expected value first")
        )
        self.ideas.setAccessibleName(QCoreApplication.translate("ScaleOut", "Ideas backlog"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.ideas, QCoreApplication.translate("ScaleOut", "Ideas backlog"))
        self.tabs.addTab(self.idea_browser, QCoreApplication.translate("ScaleOut", "All ideas"))
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(
            _section(
                QCoreApplication.translate("ScaleOut", "Proven use cases"),
                self.proven,
                self.show_all,
            )
        )
        splitter.addWidget(
            _section(
                QCoreApplication.translate("ScaleOut", "Candidates, highest expected value first"),
                self.candidates,
                self.more,
                self.planned,
                self.extend_button,
                self.plan_button,
            )
        )
        splitter.addWidget(
            _section(
                QCoreApplication.translate("ScaleOut", "Ideas from the field"),
                self.tabs,
                self.promote_button,
                self.add_button,
            )
        )
        splitter.setSizes([170, 215, 185])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)
        layout.addWidget(splitter, 1)
        self._finish(body)

        for table in (self.proven, self.candidates, self.ideas):
            table.itemSelectionChanged.connect(self._update_buttons)
        self.proven.cellDoubleClicked.connect(lambda row, _c: self._show_use_case(self.proven, row))
        self.candidates.cellDoubleClicked.connect(
            lambda row, _c: self._show_use_case(self.candidates, row)
        )
        self.ideas.cellDoubleClicked.connect(self._show_idea)
        document.as_of_changed.connect(self._stale)
        document.read_only_changed.connect(self._update_buttons)
        self.refresh()

    # ------------------------------------------------------------ refresh

    def _changed(self, change: Change) -> None:
        super()._changed(change)
        self._stale()

    def _stale(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the scale-out figures of the document's roadmap and as-of date."""
        self._dirty = False
        figures = self.document.figures()
        report = figures.scale_out
        self.heading.setText(
            "<b>{}</b> — {}".format(
                QCoreApplication.translate("ScaleOut", "Scale-out as of {day}").format(
                    day=format_day(figures.as_of)
                ),
                summary(report),
            )
        )
        stages = [bars_text(s.name, bars(figures, s)) for s in figures.roadmap.stages]
        self.rule.setText(rule_text())
        self.rule.setToolTip("\n".join(stages))
        keys = [self._selected(t) for t in (self.proven, self.candidates, self.ideas)]
        fill_proven(self.proven, figures, report, self.show_all.isChecked())
        fill_candidates(self.candidates, figures, report)
        fill_ideas(self.ideas, figures, report)
        more = " ".join(t for t in (more_text(len(report.candidates)),) if t)
        self.more.setText(more)
        self.more.setVisible(bool(more))
        for table, key in zip((self.proven, self.candidates, self.ideas), keys, strict=True):
            self._reselect(table, key)
        self._update_buttons()

    @staticmethod
    def _selected(table: QTableWidget) -> object:
        rows = table.selectionModel().selectedRows()
        return row_key(table, rows[0].row()) if rows else None

    @staticmethod
    def _reselect(table: QTableWidget, key: object) -> None:
        for row in range(table.rowCount()):
            if key is not None and row_key(table, row) == key:
                table.selectRow(row)
                return
        table.clearSelection()

    def _update_buttons(self, *_args: object) -> None:
        editable = not self.document.read_only
        self.plan_button.setEnabled(editable and self._selected(self.candidates) is not None)
        self.extend_button.setEnabled(self.plan_button.isEnabled())
        self.promote_button.setEnabled(editable and self._selected(self.ideas) is not None)
        self.add_button.setEnabled(editable)

    # ------------------------------------------------------------ actions

    def select_candidate(self, use_case_id: str, team_id: str) -> bool:
        self._reselect(self.candidates, (use_case_id, team_id))
        return self._selected(self.candidates) == (use_case_id, team_id)

    def plan_selected(self, mode: Mode = Mode.COPY) -> bool:
        """Plan the selected candidate as one undoable edit (a copy in the next stage, or
        the team added to the use case itself)."""
        key = self._selected(self.candidates)
        if not isinstance(key, tuple):
            return False
        use_case_id, team_id = key
        try:
            plan = plan_candidate(
                self.document.roadmap, use_case_id, team_id, self.document.as_of(), mode
            )
        except EditError as exc:
            self.messages.show_message(str(exc))
            return False
        if not self.document.execute(plan.op, plan.label):
            return False
        self.planned.setText(
            QCoreApplication.translate(
                "ScaleOut", "Planned from {day}; Undo takes it back."
            ).format(day=format_day(plan.start))
        )
        return True

    def promote_selected(self) -> bool:
        """Turn the selected backlog entry into a planned use case (one undoable edit)."""
        key = self._selected(self.ideas)
        if not isinstance(key, str):
            return False
        try:
            promotion = promote(self.document.roadmap, key, self.document.as_of())
        except EditError as exc:
            self.messages.show_message(str(exc))
            return False
        return self.document.execute(promotion.op, promotion.label)

    def add_idea(self) -> bool:
        """Add an idea in the ideas table (its details are edited there)."""
        self.tabs.setCurrentWidget(self.idea_browser)
        return self.idea_browser.add()

    def _show_use_case(self, table: QTableWidget, row: int) -> None:
        key = row_key(table, row)
        if isinstance(key, tuple):
            self.navigate.emit(EntityKind.USE_CASE, key[0])

    def _show_idea(self, row: int, _column: int) -> None:
        key = row_key(self.ideas, row)
        if not isinstance(key, str):
            return
        if any(i.id == key for i in self.document.roadmap.ideas):
            self.tabs.setCurrentWidget(self.idea_browser)
            self.idea_browser.select(key)
        else:
            self.navigate.emit(EntityKind.FEEDBACK, key)

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool:
        if kind == EntityKind.IDEA:
            self.tabs.setCurrentWidget(self.idea_browser)
        return super().show_entity(kind, entity_id)
