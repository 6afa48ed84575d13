"""The Overview page: where the programme stands, at a glance.

A first, simple version: the roadmap's headline, one card per stage with its
gate readiness ("4 of 6 criteria met") and the suggested outcome, and the
friction points that cost the most. Everything shown from the file is plain
text. It refreshes shortly after each change (edits come in bursts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner import derived, gates
from planner.model import Roadmap, Stage
from ui.document import Document
from ui.models.labels import enum_label

Navigate = Callable[[str, str], bool]
_TOP_FRICTION = 5
_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}


def plain(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label for text from the file: never interpreted as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _date(day: dt.date | None) -> str:
    if day is None:
        return "—"
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _scaled(label: QLabel, factor: float, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class OverviewPage(QWidget):
    """Gate readiness per stage and the costliest friction points."""

    def __init__(
        self, document: Document, parent: QWidget | None = None, navigate: Navigate | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self._document = document
        self._navigate = navigate
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        # A bound method: Qt disconnects it when the page is destroyed (pages are
        # rebuilt on a language change while the document lives on).
        document.changed.connect(self._changed)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(18, 14, 18, 14)
        self._layout.setSpacing(10)

        self.title = _scaled(plain(), 1.6)
        self.title.setAccessibleName(self.tr("Roadmap title"))
        self.subtitle = plain()
        self.objective = plain(wrap=True)
        self.as_of = plain()
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.subtitle)
        self._layout.addWidget(self.objective)
        self._layout.addWidget(self.as_of)

        self._stages_heading = _scaled(QLabel(), 1.15)
        self._layout.addWidget(self._stages_heading)
        self._cards = QWidget()
        self._cards_layout = QGridLayout(self._cards)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(10)
        self._layout.addWidget(self._cards)

        self._friction_heading = _scaled(QLabel(), 1.15)
        self._layout.addWidget(self._friction_heading)
        self._friction = QWidget()
        self._friction_layout = QGridLayout(self._friction)
        self._friction_layout.setContentsMargins(0, 0, 0, 0)
        self._friction_layout.setHorizontalSpacing(18)
        self._layout.addWidget(self._friction)
        self._layout.addStretch(1)
        self.refresh()

    def _changed(self, _kinds: object) -> None:
        self._refresh_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def show_entity(self, kind: str, entity_id: str) -> bool:
        return False  # the overview lists no single entities to select

    # ------------------------------------------------------------ content

    def refresh(self) -> None:
        roadmap = self._document.roadmap
        today = dt.date.today()
        self.title.setText(roadmap.title)
        who = " · ".join(t for t in (roadmap.organisation, roadmap.owner) if t)
        self.subtitle.setText(who)
        self.subtitle.setVisible(bool(who))
        self.objective.setText(roadmap.objective)
        self.objective.setVisible(bool(roadmap.objective))
        self.as_of.setText(
            self.tr("As of {date} · horizon {start} – {end}").format(
                date=_date(today),
                start=_date(roadmap.horizon_start),
                end=_date(roadmap.horizon_end),
            )
        )
        self._stages_heading.setText(self.tr("Stages and gate readiness"))
        self._friction_heading.setText(self.tr("Costliest friction points"))
        self._fill_cards(roadmap, today)
        self._fill_friction(roadmap)

    def _clear(self, layout: QGridLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _fill_cards(self, roadmap: Roadmap, today: dt.date) -> None:
        self._clear(self._cards_layout)
        readiness = {r.stage.id: r for r in gates.evaluate_all(roadmap, today)}
        columns = 3
        for position, stage in enumerate(roadmap.stages):
            card = self._card(stage, readiness.get(stage.id))
            self._cards_layout.addWidget(card, position // columns, position % columns)
        if not roadmap.stages:
            self._cards_layout.addWidget(QLabel(self.tr("No stages yet.")), 0, 0)

    def _card(self, stage: Stage, readiness: gates.StageReadiness | None) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(card)
        head = QHBoxLayout()
        name = _scaled(plain(stage.name), 1.05)
        name.setWordWrap(True)
        head.addWidget(name, 1)
        head.addWidget(plain(enum_label(stage.status)))
        layout.addLayout(head)
        layout.addWidget(
            plain(
                self.tr("{start} – {end} · gate review {review}").format(
                    start=_date(stage.planned_start),
                    end=_date(stage.planned_end),
                    review=_date(stage.gate_review),
                ),
                wrap=True,
            )
        )
        if readiness is None or readiness.total == 0:
            layout.addWidget(plain(self.tr("No gate criteria yet.")))
        else:
            bar = QProgressBar()
            bar.setRange(0, readiness.total)
            bar.setValue(readiness.met)
            bar.setTextVisible(False)
            bar.setMaximumHeight(8)
            summary = self.tr("{met} of {total} criteria met").format(
                met=readiness.met, total=readiness.total
            )
            bar.setAccessibleName(summary)
            layout.addWidget(plain(summary))
            layout.addWidget(bar)
            suggested = plain(
                self.tr("Suggested outcome: {outcome}").format(
                    outcome=enum_label(readiness.suggested)
                )
            )
            layout.addWidget(suggested)
            explanation = plain(readiness.explanation, wrap=True)
            explanation.setForegroundRole(explanation.foregroundRole())
            layout.addWidget(explanation)
        if self._navigate is not None:
            show = QPushButton(self.tr("Show in Stages"))
            show.setAccessibleName(self.tr("Show {stage} in Stages").format(stage=stage.name))
            show.clicked.connect(lambda _=False, sid=stage.id: self._go("stage", sid))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(show)
            layout.addLayout(row)
        return card

    def _go(self, kind: str, entity_id: str) -> None:
        if self._navigate is not None:
            self._navigate(kind, entity_id)

    def _fill_friction(self, roadmap: Roadmap) -> None:
        self._clear(self._friction_layout)
        ranked = derived.friction_ranking(roadmap)[:_TOP_FRICTION]
        if not ranked:
            self._friction_layout.addWidget(QLabel(self.tr("No friction points yet.")), 0, 0)
            return
        locale = QLocale()
        for row, item in enumerate(ranked):
            point = item.point
            self._friction_layout.addWidget(plain(point.title), row, 0)
            symbol = _CURRENCY_SYMBOLS.get(roadmap.currency, roadmap.currency)
            cost = locale.toCurrencyString(item.cost_per_year, symbol, 0)
            hours = locale.toString(float(item.hours_per_year), "f", 0)
            self._friction_layout.addWidget(
                plain(self.tr("{cost} a year ({hours} hours)").format(cost=cost, hours=hours)),
                row,
                1,
            )
        self._friction_layout.setColumnStretch(2, 1)
