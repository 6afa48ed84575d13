"""The Timeline page: stages and their use cases as bars over the roadmap's horizon.

A first, simple version (a later issue makes it rich): rows are painted by
hand and only the visible ones are drawn, so it stays quick on large
roadmaps. Keyboard: Up/Down select a row, Enter shows it in its table.
Names are painted as plain text; tool tips are escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygon,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QVBoxLayout, QWidget

from planner.model import Roadmap
from ui.document import Document
from ui.icons import is_dark
from ui.models.labels import enum_label

Navigate = Callable[[str, str], bool]

_STAGE_HUES = (210, 140, 30, 280, 0, 180, 60, 320)


@dataclass(frozen=True)
class Row:
    kind: str
    entity_id: str
    label: str
    start: dt.date
    end: dt.date
    colour_index: int
    status: str
    review: dt.date | None = None
    colour: str | None = None


def rows_of(roadmap: Roadmap) -> list[Row]:
    """Each stage followed by its use cases; use cases without a stage come last."""
    rows: list[Row] = []
    by_stage: dict[str | None, list[Row]] = {}
    for uc in roadmap.use_cases:
        by_stage.setdefault(uc.stage_id, []).append(
            Row(
                "use_case",
                uc.id,
                uc.name,
                uc.planned_start,
                uc.planned_end,
                0,
                enum_label(uc.status),
            )
        )
    stage_ids = {s.id for s in roadmap.stages}
    for position, stage in enumerate(roadmap.stages):
        rows.append(
            Row(
                "stage",
                stage.id,
                stage.name,
                stage.planned_start,
                stage.planned_end,
                position,
                enum_label(stage.status),
                stage.gate_review,
                stage.colour,
            )
        )
        rows += [
            Row(
                r.kind, r.entity_id, r.label, r.start, r.end, position, r.status, None, stage.colour
            )
            for r in by_stage.get(stage.id, [])
        ]
    orphans = [r for key, items in by_stage.items() if key not in stage_ids for r in items]
    rows += [Row(r.kind, r.entity_id, r.label, r.start, r.end, -1, r.status) for r in orphans]
    return rows


class TimelineView(QAbstractScrollArea):
    """The painted Gantt: a label column, a month axis, one bar per row."""

    def __init__(self, document: Document, navigate: Navigate | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._navigate = navigate
        self._rows: list[Row] = []
        self._current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        document.changed.connect(self._changed)  # bound: dropped with the view
        self.reload()

    def _changed(self, _kinds: object) -> None:
        self.reload()

    # -- geometry

    def row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def header_height(self) -> int:
        return self.fontMetrics().height() + 12

    def label_width(self) -> int:
        return min(self.fontMetrics().averageCharWidth() * 32, max(160, self.width() // 3))

    def _span(self) -> tuple[dt.date, dt.date]:
        roadmap = self._document.roadmap
        start, end = roadmap.horizon_start, roadmap.horizon_end
        for row in self._rows:
            start, end = min(start, row.start), max(end, row.end)
        return start, max(end, start + dt.timedelta(days=7))

    def _x(self, day: dt.date) -> int:
        start, end = self._span()
        left = self.label_width()
        width = max(1, self.viewport().width() - left - 8)
        return left + round((day - start).days / max(1, (end - start).days) * width)

    def reload(self) -> None:
        self._rows = rows_of(self._document.roadmap)
        self._current = min(self._current, len(self._rows) - 1)
        self._update_scroll()
        self.viewport().update()
        self.setAccessibleDescription(
            self.tr("{count} rows: stages and their use cases").format(count=len(self._rows))
        )

    def _update_scroll(self) -> None:
        visible = max(1, (self.viewport().height() - self.header_height()) // self.row_height())
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, len(self._rows) - visible))
        bar.setPageStep(visible)
        bar.setSingleStep(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def row_at(self, point: QPoint) -> int:
        if point.y() < self.header_height():
            return -1
        index = (point.y() - self.header_height()) // self.row_height()
        index += self.verticalScrollBar().value()
        return index if 0 <= index < len(self._rows) else -1

    # -- colours

    def _colour(self, row: Row) -> QColor:
        if row.colour:
            return QColor(row.colour)
        if row.colour_index < 0:
            return self.palette().color(QPalette.ColorRole.Mid)
        hue = _STAGE_HUES[row.colour_index % len(_STAGE_HUES)]
        dark = is_dark(self.palette())
        return QColor.fromHsl(hue, 150, 150 if dark else 110)

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = self.viewport().rect()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        self._paint_axis(painter, rect)
        first = self.verticalScrollBar().value()
        visible = (rect.height() - self.header_height()) // self.row_height() + 2
        for offset, row in enumerate(self._rows[first : first + visible]):
            self._paint_row(painter, first + offset, row, offset)
        self._paint_today(painter, rect)
        painter.end()

    def _paint_axis(self, painter: QPainter, rect: QRect) -> None:
        palette = self.palette()
        start, end = self._span()
        header = QRect(0, 0, rect.width(), self.header_height())
        painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
        grid = QPen(palette.color(QPalette.ColorRole.Midlight))
        locale = QLocale()
        # Month boundaries; the first may be a partial month at the horizon's start.
        marks: list[tuple[int, str]] = []
        month = dt.date(start.year, start.month, 1)
        while month <= end:
            label = locale.toString(QDate(month.year, month.month, 1), "MMM yy")
            marks.append((self._x(max(month, start)), label))
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        last_label_end = -1
        for position, (x, label) in enumerate(marks):
            painter.setPen(grid)
            painter.drawLine(x, self.header_height(), x, rect.height())
            width = self.fontMetrics().horizontalAdvance(label) + 6
            room = marks[position + 1][0] if position + 1 < len(marks) else rect.width()
            if position == 0 and room - x < width:
                continue  # a sliver of a month: its label would crowd the next one
            if x + width <= rect.width() and x > last_label_end and x >= self.label_width():
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.drawText(
                    QRect(x + 3, 0, width, self.header_height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                last_label_end = x + width
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRect(8, 0, self.label_width() - 8, self.header_height()),
            Qt.AlignmentFlag.AlignVCenter,
            self.tr("Stage / use case"),
        )

    def _paint_row(self, painter: QPainter, index: int, row: Row, offset: int) -> None:
        palette = self.palette()
        height = self.row_height()
        top = self.header_height() + offset * height
        line = QRect(0, top, self.viewport().width(), height)
        if index == self._current:
            painter.fillRect(line, palette.color(QPalette.ColorRole.Highlight))
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            if index % 2:
                painter.fillRect(line, palette.color(QPalette.ColorRole.AlternateBase))
            text_colour = palette.color(QPalette.ColorRole.Text)
        font = QFont(self.font())
        font.setBold(row.kind == "stage")
        painter.setFont(font)
        painter.setPen(text_colour)
        indent = 8 if row.kind == "stage" else 22
        label_rect = QRect(indent, top, self.label_width() - indent - 6, height)
        elided = painter.fontMetrics().elidedText(
            row.label, Qt.TextElideMode.ElideRight, label_rect.width()
        )
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, elided
        )
        painter.setFont(self.font())
        x0, x1 = self._x(row.start), self._x(row.end)
        colour = self._colour(row)
        bar_height = height - 8 if row.kind == "stage" else height - 12
        bar = QRect(x0, top + (height - bar_height) // 2, max(3, x1 - x0), bar_height)
        if row.kind == "use_case":
            colour = QColor(colour)
            colour.setAlpha(170)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(bar, 3, 3)
        if row.review is not None:
            self._paint_review(painter, self._x(row.review), top + height // 2, height // 2 - 3)

    def _paint_review(self, painter: QPainter, x: int, y: int, r: int) -> None:
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1))
        painter.setBrush(QColor("#f0b429"))
        painter.drawPolygon(
            QPolygon([QPoint(x, y - r), QPoint(x + r, y), QPoint(x, y + r), QPoint(x - r, y)])
        )

    def _paint_today(self, painter: QPainter, rect: QRect) -> None:
        today = dt.date.today()
        start, end = self._span()
        if not start <= today <= end:
            return
        x = self._x(today)
        painter.setPen(QPen(QColor("#e5484d"), 2))
        painter.drawLine(x, self.header_height() - 4, x, rect.height())

    # -- interaction

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(self.viewport().mapFromGlobal(event.globalPos()))
            if index >= 0:
                row = self._rows[index]
                text = f"{row.label}\n{_day(row.start)} – {_day(row.end)} · {row.status}"
                QToolTip.showText(event.globalPos(), html.escape(text).replace("\n", "<br>"), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().toPoint())
        if index >= 0:
            self.select(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.row_at(event.position().toPoint()) >= 0:
            self.open_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.select(max(0, min(len(self._rows) - 1, self._current + step)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
        else:
            super().keyPressEvent(event)

    def select(self, index: int) -> None:
        self._current = index
        bar = self.verticalScrollBar()
        if index < bar.value():
            bar.setValue(index)
        elif index >= bar.value() + bar.pageStep():
            bar.setValue(index - bar.pageStep() + 1)
        self.viewport().update()
        row = self._rows[index]
        self.setAccessibleDescription(f"{row.label}, {_day(row.start)} – {_day(row.end)}")

    def current_row(self) -> Row | None:
        return self._rows[self._current] if 0 <= self._current < len(self._rows) else None

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None and self._navigate is not None:
            self._navigate(row.kind, row.entity_id)

    def show_entity(self, kind: str, entity_id: str) -> bool:
        for index, row in enumerate(self._rows):
            if row.kind == kind and row.entity_id == entity_id:
                self.select(index)
                return True
        return False


def _day(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class TimelinePage(QWidget):
    def __init__(
        self, document: Document, parent: QWidget | None = None, navigate: Navigate | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.view = TimelineView(document, navigate, self)
        self.view.setAccessibleName(self.tr("Timeline of stages and use cases"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_entity(self, kind: str, entity_id: str) -> bool:
        return self.view.show_entity(kind, entity_id)
